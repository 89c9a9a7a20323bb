// A recipient's time zone, from the number alone: the country where it has one zone, the area code for
// the US and Canada (NANP) where the area lies in one zone. Anything else is "unknown" and flagged, never
// guessed. Local times come from the IANA database the runtime ships (Intl.DateTimeFormat).
import type { CountryCode } from '@/lib/phone/model';

/** Countries with a single civil time zone (islands and overseas parts with another zone aside). */
const COUNTRY_ZONE: Partial<Record<CountryCode, string>> = {
  GB: 'Europe/London', IE: 'Europe/Dublin', FR: 'Europe/Paris', DE: 'Europe/Berlin', IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam', BE: 'Europe/Brussels', LU: 'Europe/Luxembourg', CH: 'Europe/Zurich', AT: 'Europe/Vienna',
  DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm', NO: 'Europe/Oslo', FI: 'Europe/Helsinki', IS: 'Atlantic/Reykjavik',
  PL: 'Europe/Warsaw', CZ: 'Europe/Prague', SK: 'Europe/Bratislava', HU: 'Europe/Budapest', RO: 'Europe/Bucharest',
  BG: 'Europe/Sofia', GR: 'Europe/Athens', HR: 'Europe/Zagreb', SI: 'Europe/Ljubljana', RS: 'Europe/Belgrade',
  EE: 'Europe/Tallinn', LV: 'Europe/Riga', LT: 'Europe/Vilnius', UA: 'Europe/Kyiv', TR: 'Europe/Istanbul',
  MT: 'Europe/Malta', CY: 'Asia/Nicosia', IL: 'Asia/Jerusalem', AE: 'Asia/Dubai', SA: 'Asia/Riyadh', QA: 'Asia/Qatar',
  EG: 'Africa/Cairo', MA: 'Africa/Casablanca', NG: 'Africa/Lagos', KE: 'Africa/Nairobi', ZA: 'Africa/Johannesburg',
  GH: 'Africa/Accra', IN: 'Asia/Kolkata', PK: 'Asia/Karachi', BD: 'Asia/Dhaka', LK: 'Asia/Colombo', NP: 'Asia/Kathmandu',
  TH: 'Asia/Bangkok', VN: 'Asia/Ho_Chi_Minh', MY: 'Asia/Kuala_Lumpur', SG: 'Asia/Singapore', PH: 'Asia/Manila',
  HK: 'Asia/Hong_Kong', TW: 'Asia/Taipei', CN: 'Asia/Shanghai', JP: 'Asia/Tokyo', KR: 'Asia/Seoul',
  NZ: 'Pacific/Auckland', CO: 'America/Bogota', PE: 'America/Lima', VE: 'America/Caracas', UY: 'America/Montevideo',
  AR: 'America/Argentina/Buenos_Aires', CR: 'America/Costa_Rica', GT: 'America/Guatemala', PA: 'America/Panama',
  DO: 'America/Santo_Domingo', PR: 'America/Puerto_Rico', JM: 'America/Jamaica',
};

/** NANP area codes by zone; codes whose area spans two zones are left out (unknown). */
const AREA_ZONES: Record<string, string> = {
  'America/New_York':
    '201 202 203 207 212 215 216 220 223 229 231 234 239 240 248 252 260 267 269 272 276 283 301 302 304 305 313 315 317 321 326 330 332 336 339 347 351 352 380 386 401 404 407 410 412 413 419 423 434 440 443 445 463 470 475 478 484 502 508 513 516 517 518 540 551 561 567 570 571 574 582 585 586 603 606 607 609 610 614 616 617 631 640 646 667 678 680 681 689 703 704 706 716 717 718 724 727 732 734 740 743 754 757 762 765 770 771 772 774 781 786 802 803 804 810 813 814 826 828 835 838 839 843 845 848 854 856 857 859 860 862 863 864 865 878 904 908 910 912 914 917 919 929 930 934 937 941 943 947 948 954 959 973 978 980 984 989 ' +
    // Ontario and Quebec
    '226 249 263 289 343 354 365 367 382 416 418 437 438 450 468 514 519 548 579 581 613 647 683 705 742 753 819 873 905',
  'America/Chicago':
    '205 210 214 217 218 219 224 225 228 251 254 256 262 270 274 281 309 312 314 316 318 319 320 325 331 334 337 346 361 364 405 409 414 417 430 432 447 464 469 479 501 504 507 512 515 534 539 557 563 572 573 580 601 608 612 615 618 620 629 630 636 641 651 659 660 662 682 701 708 712 713 715 726 730 731 737 763 769 773 779 785 806 815 816 817 830 832 847 870 872 901 903 913 918 920 931 936 938 940 945 952 956 972 975 979 985',
  'America/Winnipeg': '204 431 584',
  'America/Regina': '306 474 639',
  'America/Denver': '303 307 385 406 435 505 575 719 720 801 915 970 983',
  'America/Edmonton': '368 403 587 780 825',
  'America/Phoenix': '480 520 602 623 928',
  'America/Los_Angeles':
    '206 209 213 253 279 310 323 341 350 360 408 415 424 425 442 458 503 509 510 530 541 559 562 564 619 626 628 650 657 661 669 702 707 714 725 747 760 775 805 818 820 831 840 858 909 916 925 949 951 971',
  'America/Vancouver': '236 250 257 604 672 778',
  'America/Halifax': '428 506 782 902',
  'America/St_Johns': '709',
  'America/Anchorage': '907',
  'Pacific/Honolulu': '808',
};

const AREA_ZONE = new Map(Object.entries(AREA_ZONES).flatMap(([zone, codes]) => codes.split(/\s+/).filter(Boolean).map((code) => [code, zone] as const)));

/** The zone of an E.164 number, or null when its country or area spans several. */
export function zoneForNumber(e164: string, country: CountryCode | undefined): string | null {
  if (e164.startsWith('+1') && (country === 'US' || country === 'CA' || country === undefined)) {
    return AREA_ZONE.get(e164.slice(2, 5)) ?? null;
  }
  return (country && COUNTRY_ZONE[country]) ?? null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Local wall-clock time at `unixSecs` in `zone`, as minutes after midnight and as "HH:MM". */
export function localTime(unixSecs: number, zone: string): { minutes: number; text: string } {
  const parts = formatterFor(zone).formatToParts(new Date(unixSecs * 1000));
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return { minutes: hour * 60 + minute, text: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** Calls may ring from 08:00 until 21:00 local time. */
export const QUIET_HOURS = { ringFrom: 8 * 60, ringUntil: 21 * 60, label: '08:00–21:00' } as const;

export function isQuietTime(minutes: number): boolean {
  return minutes < QUIET_HOURS.ringFrom || minutes >= QUIET_HOURS.ringUntil;
}
