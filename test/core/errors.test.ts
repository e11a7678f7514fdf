import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/index.js';

describe('errorCodes', () => {
  it('lists stable SCREAMING_SNAKE codes, each with an English and a Chinese description', () => {
    for (const [code, text] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(text.en.length).toBeGreaterThan(0);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
