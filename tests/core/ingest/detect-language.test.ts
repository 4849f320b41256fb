import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../src/core/ingest/detect-language.js';

describe('guessLanguage', () => {
  it.each([
    ['English', 'The council said on Monday that the new bridge will open in May, after two years of work by the city.', 'en'],
    ['French', 'Le conseil a annoncé lundi que le nouveau pont sera ouvert en mai, après deux ans de travaux pour la ville.', 'fr'],
    ['Spanish', 'El consejo dijo el lunes que el nuevo puente se abrirá en mayo, después de dos años de obras para la ciudad.', 'es'],
    ['German', 'Der Rat sagte am Montag, dass die neue Brücke im Mai eröffnet wird, nach zwei Jahren der Arbeit für die Stadt.', 'de'],
    ['Russian', 'Совет заявил в понедельник, что новый мост откроется в мае после двух лет работы.', 'ru'],
  ])('reads %s', (_name, text, code) => {
    expect(guessLanguage(text)?.code).toBe(code);
  });

  it('names the language', () => {
    expect(guessLanguage('Le conseil a annoncé lundi que le nouveau pont sera ouvert en mai pour la ville.')).toEqual({ code: 'fr', name: 'French' });
  });

  it('does not guess from too little text or a list of names', () => {
    expect(guessLanguage('Hello there')).toBeUndefined();
    expect(guessLanguage('Paris Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes')).toBeUndefined();
  });

  it('keeps an English story quoting a few foreign words English', () => {
    const text = 'The minister said the plan, known in Paris as "la réforme des retraites", would be voted on by the assembly in March, and that the unions had agreed to talk.';
    expect(guessLanguage(text)?.code).toBe('en');
  });
});
