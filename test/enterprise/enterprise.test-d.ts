import { describe, expectTypeOf, it } from 'vitest';
import {
  isKeyEnterprise,
  safeParseUscc,
  type Enterprise,
  type KeyEnterpriseLevel,
  type MarketEntityType,
  type Uscc,
} from '../../src/enterprise/index.js';
import type { Result } from '../../src/core/result.js';

describe('enterprise types', () => {
  it('the key-enterprise level is a closed union and is always present on a parsed enterprise', () => {
    expectTypeOf<KeyEnterpriseLevel>().toEqualTypeOf<'none' | 'county' | 'city'>();
    expectTypeOf<Enterprise['keyLevel']>().toEqualTypeOf<KeyEnterpriseLevel>();
    expectTypeOf<'individualBusiness'>().toExtend<MarketEntityType>();
  });

  it('isKeyEnterprise asks about city or county only', () => {
    isKeyEnterprise({ keyLevel: 'city' }, 'county');
    // @ts-expect-error "none" is not a level one can be a key enterprise at
    isKeyEnterprise({ keyLevel: 'city' }, 'none');
  });

  it('safeParseUscc returns a Result of readonly parts', () => {
    expectTypeOf(safeParseUscc).returns.toEqualTypeOf<Result<Uscc>>();
    const u = {} as Uscc;
    // @ts-expect-error the parts cannot be changed
    u.code = 'x';
  });
});
