import { describe, expect, it } from 'vitest';
import { fieldLabel } from './labels';

describe('field labels in the extension', () => {
  it('names a procedure field as the console does, in either language', () => {
    expect(fieldLabel('vi', 'processingTime')).toBe('Thời hạn giải quyết');
    expect(fieldLabel('en', 'processingTime')).toBe('Processing time');
  });

  it('shows the key of a field it has no label for, and nothing inherited', () => {
    expect(fieldLabel('vi', 'somethingNew')).toBe('somethingNew');
    expect(fieldLabel('vi', 'toString')).toBe('toString');
  });
});
