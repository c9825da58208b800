import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape';

describe('escapeHtml', () => {
  it('escapes markup and both quotes, leaves Vietnamese text as it is', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
    expect(escapeHtml('Đăng ký khai sinh')).toBe('Đăng ký khai sinh');
  });

  it('escapes an ampersand once (no double escaping of what is already text)', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
