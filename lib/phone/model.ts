// Phone numbers as the dashboard takes them: typed or uploaded in any common form, stored and sent as
// E.164 (+14155550123), which the ElevenLabs outbound-call and batch endpoints expect. Parsing and
// formatting are libphonenumber-js's (its "min" metadata: every country's numbering plan, small enough
// for the browser); https://gitlab.com/catamphetamine/libphonenumber-js
import { AsYouType, getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

export type { CountryCode };

export type PhoneParseResult =
  | { ok: true; e164: string; country: CountryCode | undefined; national: string; international: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'needs_country'; message: string };

/**
 * Parses what a person typed (or a CSV cell) into E.164. A number without `+` needs a default country;
 * a number that parses but is not a possible number in that country's plan is refused.
 */
export function parsePhone(input: string, defaultCountry?: CountryCode): PhoneParseResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty', message: 'Enter a phone number.' };
  if (!text.startsWith('+') && !text.startsWith('00') && !defaultCountry) {
    return { ok: false, reason: 'needs_country', message: 'Add the country code (+…) or choose a country.' };
  }
  const normalised = text.startsWith('00') ? `+${text.slice(2)}` : text;
  const parsed = parsePhoneNumberFromString(normalised, defaultCountry);
  if (!parsed || !parsed.isValid()) {
    return { ok: false, reason: 'invalid', message: `${text} is not a valid phone number${defaultCountry && !normalised.startsWith('+') ? ` in ${defaultCountry}` : ''}.` };
  }
  return {
    ok: true,
    e164: parsed.number,
    country: parsed.country,
    national: parsed.formatNational(),
    international: parsed.formatInternational(),
  };
}

/** E.164 shown the way people read it (+1 415 555 0123); anything unparsable is shown as it is. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed ? parsed.formatInternational() : e164;
}

/** Formats as the person types, for a controlled input. */
export function formatAsYouType(input: string, defaultCountry?: CountryCode): string {
  return new AsYouType(defaultCountry).input(input);
}

/** Every country the numbering plans know, with its calling code, for a country picker. */
export function phoneCountries(): Array<{ code: CountryCode; callingCode: string }> {
  return getCountries().map((code) => ({ code, callingCode: getCountryCallingCode(code) }));
}
