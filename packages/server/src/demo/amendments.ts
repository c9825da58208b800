import type { LegalRef, ProcedurePatch, ProcedureVersion } from '@niemyet/core';
import {
  FEE_LAW,
  FEE_THOUSANDS,
  feeText,
  methodsOf,
  PROCESSING_DAYS,
  processingTimeText,
  stepsText,
} from './procedure-content';
import type { DemoRandom } from './random';

/**
 * Real changes to a procedure in force, the kinds a province's decisions make: a shorter
 * processing time, a new fee, a new legal basis, a lighter dossier, an online channel, or a
 * move from the abolished district level to the commune. Each is computed from the version
 * in force, so it always changes something (core refuses an amendment that changes nothing).
 */

export type AmendmentKind = 'processingTime' | 'fees' | 'legalBasis' | 'dossier' | 'online' | 'levels';

export interface Amendment {
  changes: ProcedurePatch;
  reason: string;
}

function daysOf(version: ProcedureVersion): number {
  const match = /^(\d+)/.exec(version.processingTime ?? '');
  return match ? Number(match[1]) : 15;
}

function thousandsOf(version: ProcedureVersion): number {
  const match = /^(\d+)\.000/.exec(version.fees ?? '');
  return match ? Number(match[1]) : 0;
}

function channelsOf(version: ProcedureVersion): string[] {
  return version.methods.length > 0 ? version.methods.map((m) => m.channel) : ['Trực tiếp'];
}

export function amendment(
  kind: AmendmentKind,
  current: ProcedureVersion,
  cause: LegalRef,
  random: DemoRandom,
): Amendment {
  switch (kind) {
    case 'processingTime': {
      const days = daysOf(current);
      const shorter = PROCESSING_DAYS.filter((d) => d < days);
      const next = shorter.length > 0 ? shorter[shorter.length - 1]! : days + 2;
      return {
        changes: {
          processingTime: processingTimeText(next),
          methods: methodsOf(next, thousandsOf(current), channelsOf(current)),
        },
        reason: `Cắt giảm thời hạn giải quyết từ ${days} xuống ${next} ngày làm việc`,
      };
    }
    case 'fees': {
      const thousands = thousandsOf(current);
      const next = random.pick(FEE_THOUSANDS.filter((t) => t !== thousands && t !== 0));
      const basis = current.legalBasis.some((ref) => ref.number === FEE_LAW.number)
        ? current.legalBasis
        : [...current.legalBasis, FEE_LAW];
      return {
        changes: {
          fees: feeText(next),
          methods: methodsOf(daysOf(current), next, channelsOf(current)),
          legalBasis: [...basis.filter((ref) => ref.number !== cause.number), cause],
        },
        reason: `Điều chỉnh mức lệ phí theo ${cause.number}`,
      };
    }
    case 'legalBasis':
      return {
        changes: { legalBasis: [...current.legalBasis.filter((ref) => ref.number !== cause.number), cause] },
        reason: `Bổ sung căn cứ pháp lý ${cause.number}`,
      };
    case 'dossier': {
      if (current.dossier.length > 1)
        return {
          changes: { dossier: current.dossier.slice(0, -1) },
          reason: `Cắt giảm thành phần hồ sơ «${current.dossier[current.dossier.length - 1]!.name}» (khai thác từ Cơ sở dữ liệu quốc gia về dân cư)`,
        };
      return {
        changes: {
          dossier: [
            ...current.dossier,
            {
              name: 'Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp',
              originals: '0',
              copies: '1',
              template: null,
              group: null,
            },
          ],
        },
        reason: 'Bổ sung thành phần hồ sơ theo quy định mới',
      };
    }
    case 'online': {
      const channels = channelsOf(current);
      if (!channels.includes('Trực tuyến'))
        return {
          changes: {
            methods: methodsOf(daysOf(current), thousandsOf(current), [...channels, 'Trực tuyến']),
            onlineService: 'full',
            steps: stepsText(current.levels, true),
          },
          reason: 'Cung cấp dịch vụ công trực tuyến toàn trình',
        };
      return {
        changes: { onlineService: current.onlineService === 'full' ? 'partial' : 'full' },
        reason: 'Điều chỉnh mức độ dịch vụ công trực tuyến',
      };
    }
    case 'levels': {
      const levels = [...new Set(current.levels.map((level) => (level === 'district' ? 'commune' : level)))];
      const next =
        levels.join() === current.levels.join()
          ? [...levels, levels.includes('province') ? 'commune' : 'province']
          : levels;
      return {
        changes: { levels: next, steps: stepsText(next, channelsOf(current).includes('Trực tuyến')) },
        reason: 'Chuyển thẩm quyền giải quyết từ cấp huyện về cấp xã (chính quyền địa phương hai cấp)',
      };
    }
  }
}
