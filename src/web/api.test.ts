import { describe, expect, test } from 'vitest';
import { ApiError, fieldErrors } from './api';

describe('fieldErrors: the API error messages per form field', () => {
  const error = new ApiError(422, 'Niet alle velden zijn goed ingevuld.', [
    { path: 'answers.scale', message: 'Kies een antwoord.' },
    { path: 'title', message: 'Geef een titel.' },
  ]);
  test('by the API path', () => {
    expect(fieldErrors(error)).toEqual({ 'answers.scale': 'Kies een antwoord.', title: 'Geef een titel.' });
  });
  test('mapped onto the form path', () => {
    expect(fieldErrors(error, (path) => path.split('.').at(-1) ?? path)).toEqual({
      scale: 'Kies een antwoord.',
      title: 'Geef een titel.',
    });
  });
  test('nothing for an error that is not an API error', () => {
    expect(fieldErrors(new Error('netwerk weg'))).toEqual({});
    expect(fieldErrors(undefined)).toEqual({});
  });
});
