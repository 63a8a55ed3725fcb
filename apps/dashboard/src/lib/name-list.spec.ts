import fc from 'fast-check';
import { completeWith, splitTyping } from './name-list';

const aName = fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.replace(/,/g, '').trim()).filter(Boolean);

describe('Picking names into a comma-separated list', () => {
  it('given a list being typed, looks up only the part after the last comma', () => {
    expect(splitTyping('storefront, che')).toEqual({ chosen: ['storefront'], typing: 'che' });
    expect(splitTyping('storefront, ')).toEqual({ chosen: ['storefront'], typing: '' });
    expect(splitTyping('')).toEqual({ chosen: [], typing: '' });
  });

  it('given a suggestion, completes the list with it and never offers a name twice', () => {
    expect(completeWith(['storefront'], 'checkout')).toBe('storefront, checkout');
    expect(completeWith(['storefront'], 'storefront')).toBeUndefined();
  });

  it('reads back what it completed: the names chosen, the new one being typed', () =>
    fc.assert(
      fc.property(fc.uniqueArray(aName, { maxLength: 5 }), aName, (chosen, name) => {
        fc.pre(!chosen.includes(name));
        expect(splitTyping(completeWith(chosen, name) as string)).toEqual({ chosen, typing: name });
      }),
    ));
});
