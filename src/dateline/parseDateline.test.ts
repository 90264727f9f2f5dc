import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DebugEvent } from "../_lib/options.ts";
import { makeDoc } from "../_lib/doc.ts";
import { datelineIn, parseDateline } from "./parseDateline.ts";
import { resolveIsoDate } from "./resolveIsoDate.ts";
import { DatelineSchema } from "./schema.ts";

/** What a row expects: the dateline text and its parts as written (null where absent). */
interface Want {
  readonly text: string;
  readonly locations: readonly string[];
  readonly region?: string | null;
  readonly date?: string | null;
  readonly agency?: string | null;
  readonly rule?: string;
}

type Row = readonly [title: string, input: string, want: Want];

const BODY = " The committee met for three hours and issued no statement.";

/**
 * Checks the dateline of `input`: schema, text, offsets of the whole and of every part (each part
 * is the first occurrence of its text inside the dateline).
 */
function check(input: string, want: Want): void {
  const d = parseDateline(input);
  expect(d).not.toBeNull();
  if (!d) return;
  DatelineSchema.parse(d);
  expect(d.text).toBe(want.text);
  expect(d.start).toBe(input.indexOf(want.text));
  expect(input.slice(d.start, d.end)).toBe(d.text);
  const part = (
    p: { text: string; start: number; end: number } | null,
    expected: string | null | undefined,
  ): void => {
    if (expected === undefined || expected === null) {
      expect(p).toBeNull();
      return;
    }
    expect(p?.text).toBe(expected);
    expect(p?.start).toBe(input.indexOf(expected, d.start));
    expect(input.slice(p!.start, p!.end)).toBe(expected);
    expect(p!.start).toBeGreaterThanOrEqual(d.start);
    expect(p!.end).toBeLessThanOrEqual(d.end);
  };
  expect(d.locations.map((l) => l.text)).toEqual(want.locations);
  let from = d.start;
  for (const l of d.locations) {
    expect(l.start).toBe(input.indexOf(l.text, from));
    expect(input.slice(l.start, l.end)).toBe(l.text);
    from = l.end;
  }
  part(d.region, want.region);
  part(d.date, want.date);
  part(d.agency, want.agency);
  if (want.rule) expect(d.rule).toBe(want.rule);
}

describe("parseDateline", () => {
  const rows: Row[] = [
    // A byline with its affiliation run into the dateline on one line
    [
      "should start the dateline after a byline and affiliation on the same line",
      `By ANN MOORE, Associated Press HELENA, Mont. (AP) — Lawmakers met.${BODY}`,
      { text: "HELENA, Mont. (AP)", locations: ["HELENA"], region: "Mont.", agency: "AP", rule: "dateline/credit-paren" },
    ],
    // PA: a credit that is also a US state code
    [
      "should read a PA credit that is also a state code",
      `DUBLIN, Oct 3 (PA) - Ministers met in Dublin.${BODY}`,
      { text: "DUBLIN, Oct 3 (PA)", locations: ["DUBLIN"], date: "Oct 3", agency: "PA", rule: "dateline/credit-paren" },
    ],
    // AP
    [
      "should read an AP dateline with a country",
      `SEOUL, South Korea (AP) — Officials met on Sunday.${BODY}`,
      {
        text: "SEOUL, South Korea (AP)",
        locations: ["SEOUL"],
        region: "South Korea",
        agency: "AP",
        rule: "dateline/credit-paren",
      },
    ],
    [
      "should read an AP dateline with a state abbreviation",
      `WEST YELLOWSTONE, Mont. (AP) — Park rangers said Saturday.${BODY}`,
      {
        text: "WEST YELLOWSTONE, Mont. (AP)",
        locations: ["WEST YELLOWSTONE"],
        region: "Mont.",
        agency: "AP",
      },
    ],
    [
      "should read an AP dateline with a hyphen",
      `WASHINGTON (AP) - Lawmakers returned on Monday.${BODY}`,
      { text: "WASHINGTON (AP)", locations: ["WASHINGTON"], agency: "AP" },
    ],
    [
      "should read an AP state-wire dateline with no credit",
      `SEATTLE — Crews found a buried pipe on Tuesday.${BODY}`,
      { text: "SEATTLE", locations: ["SEATTLE"], rule: "dateline/place-dash" },
    ],
    // Reuters
    [
      "should read a Reuters dateline with a date",
      `LONDON, Aug 19 (Reuters) - British banks reported losses.${BODY}`,
      {
        text: "LONDON, Aug 19 (Reuters)",
        locations: ["LONDON"],
        date: "Aug 19",
        agency: "Reuters",
      },
    ],
    [
      "should read a Reuters dateline with an en dash and no space after",
      `BEIRUT, Sept 19 (Reuters) –The conflict widened.${BODY}`,
      {
        text: "BEIRUT, Sept 19 (Reuters)",
        locations: ["BEIRUT"],
        date: "Sept 19",
        agency: "Reuters",
      },
    ],
    [
      "should read a Reuters dateline with no credit and no dash",
      `PARIS, March 24 European shares fell in early trade.${BODY}`,
      {
        text: "PARIS, March 24",
        locations: ["PARIS"],
        date: "March 24",
        rule: "dateline/place-date",
      },
    ],
    [
      "should read a 1987 Reuters dateline with an indent",
      `BANK SEES HIGHER PROFIT\n    NEW YORK, Feb 26 - The bank said on Thursday.${BODY}`,
      { text: "NEW YORK, Feb 26", locations: ["NEW YORK"], date: "Feb 26" },
    ],
    [
      "should read a 1987 Reuters dateline with a bare Reuter credit",
      `    WASHINGTON, March 12, Reuter - The agency said.${BODY}`,
      {
        text: "WASHINGTON, March 12, Reuter",
        locations: ["WASHINGTON"],
        date: "March 12",
        agency: "Reuter",
        rule: "dateline/credit-bare",
      },
    ],
    [
      "should read a lower-case 1987 dateline",
      `    La paz, march 4 - Tin miners went on strike.${BODY}`,
      { text: "La paz, march 4", locations: ["La paz"], date: "march 4" },
    ],
    [
      "should read a typo'd month",
      `    NEW YORK, Marchg 12 - The company said.${BODY}`,
      {
        text: "NEW YORK, Marchg 12",
        locations: ["NEW YORK"],
        date: "Marchg 12",
      },
    ],
    [
      "should read a date with no comma before it",
      `    JOHANNESBURG March 13 - Gold shares rose.${BODY}`,
      {
        text: "JOHANNESBURG March 13",
        locations: ["JOHANNESBURG"],
        date: "March 13",
      },
    ],
    [
      "should read a date after an extra dash",
      `    CHEVY CHASE, Md., - March 4 - The insurer named two directors.${BODY}`,
      {
        text: "CHEVY CHASE, Md., - March 4",
        locations: ["CHEVY CHASE"],
        region: "Md.",
        date: "March 4",
      },
    ],
    [
      "should read a dateline with no date and a region",
      `    BAGUIO, Philippines - Rescuers dug through rubble.${BODY}`,
      {
        text: "BAGUIO, Philippines",
        locations: ["BAGUIO"],
        region: "Philippines",
      },
    ],
    [
      "should read a Reuters date with no place",
      `Feb 4 (Reuters) - Ten thousand people rallied.${BODY}`,
      {
        text: "Feb 4 (Reuters)",
        locations: [],
        date: "Feb 4",
        agency: "Reuters",
        rule: "dateline/date-credit",
      },
    ],
    [
      "should read two cities with a slash",
      `DUBAI/LONDON, Dec 19 (Reuters) – Tankers changed course.${BODY}`,
      {
        text: "DUBAI/LONDON, Dec 19 (Reuters)",
        locations: ["DUBAI", "LONDON"],
        date: "Dec 19",
        agency: "Reuters",
      },
    ],
    [
      "should read a region inside a multi-city dateline",
      `SDEROT, Israel/GAZA (Reuters) – Sirens sounded again.${BODY}`,
      {
        text: "SDEROT, Israel/GAZA (Reuters)",
        locations: ["SDEROT", "GAZA"],
        region: "Israel",
        agency: "Reuters",
      },
    ],
    [
      "should read an update note in front of the dateline",
      `(Adds reaction from ministry) KANDAHAR, Afghanistan, July 14 (Reuters) - A blast hit a market.${BODY}`,
      {
        text: "KANDAHAR, Afghanistan, July 14 (Reuters)",
        locations: ["KANDAHAR"],
        region: "Afghanistan",
        date: "July 14",
        agency: "Reuters",
      },
    ],
    // AFP
    [
      "should read an AFP dateline in title case",
      `Colombo (AFP) – The elephant orphanage reopened.${BODY}`,
      { text: "Colombo (AFP)", locations: ["Colombo"], agency: "AFP" },
    ],
    [
      "should read an AFP video dateline with the country in parentheses",
      `Niamey (Niger) (AFP) – Crowds waved flags.${BODY}`,
      {
        text: "Niamey (Niger) (AFP)",
        locations: ["Niamey"],
        region: "Niger",
        agency: "AFP",
      },
    ],
    [
      "should read an AFP pipe dateline",
      `Nairobi, Kenya | AFP | A dispute over cattle grew.${BODY}`,
      {
        text: "Nairobi, Kenya | AFP |",
        locations: ["Nairobi"],
        region: "Kenya",
        agency: "AFP",
        rule: "dateline/credit-pipe",
      },
    ],
    [
      "should read a dash glued on both sides",
      `Georgetown, Guyana—Leaders gathered for a summit.${BODY}`,
      {
        text: "Georgetown, Guyana",
        locations: ["Georgetown"],
        region: "Guyana",
      },
    ],
    // Xinhua, UPI, Yonhap, Kyodo, Jiji
    [
      "should read a Xinhua dateline with a double hyphen",
      `BERLIN, Feb. 7 (Xinhua) -- Industrial output fell.${BODY}`,
      {
        text: "BERLIN, Feb. 7 (Xinhua)",
        locations: ["BERLIN"],
        date: "Feb. 7",
        agency: "Xinhua",
      },
    ],
    [
      "should read a qualifier with a lower-case article",
      `GRAND CANYON, the United States, May 1 (Xinhua): Tourism rose.${BODY}`,
      {
        text: "GRAND CANYON, the United States, May 1 (Xinhua)",
        locations: ["GRAND CANYON"],
        region: "the United States",
        date: "May 1",
        agency: "Xinhua",
      },
    ],
    [
      "should read a UPI dateline with a state and a date",
      `EAST LANSING, Mich., Jan. 28 (UPI) -- The candidate spoke.${BODY}`,
      {
        text: "EAST LANSING, Mich., Jan. 28 (UPI)",
        locations: ["EAST LANSING"],
        region: "Mich.",
        date: "Jan. 28",
        agency: "UPI",
      },
    ],
    [
      "should read a Yonhap two-city dateline",
      `NEW DELHI/SEOUL, Aug. 23 (Yonhap) -- Envoys met.${BODY}`,
      {
        text: "NEW DELHI/SEOUL, Aug. 23 (Yonhap)",
        locations: ["NEW DELHI", "SEOUL"],
        date: "Aug. 23",
        agency: "Yonhap",
      },
    ],
    [
      "should read a Jiji dateline glued to its double hyphen",
      `Tokyo, Nov. 15 (Jiji Press)--The prime minister said.${BODY}`,
      {
        text: "Tokyo, Nov. 15 (Jiji Press)",
        locations: ["Tokyo"],
        date: "Nov. 15",
        agency: "Jiji Press",
      },
    ],
    [
      "should read a Kyodo summary header with a bare credit",
      `TOKYO, Sept. 7 Kyodo\nThe government said on Friday.${BODY}`,
      {
        text: "TOKYO, Sept. 7 Kyodo",
        locations: ["TOKYO"],
        date: "Sept. 7",
        agency: "Kyodo",
      },
    ],
    // Anadolu
    [
      "should read a place alone on its own line",
      `LONDON\n\nThe minister warned on Friday against a hasty deal.${BODY}`,
      { text: "LONDON", locations: ["LONDON"], rule: "dateline/place-line" },
    ],
    [
      "should read spaced slashes between places",
      `TRIPOLI / MOSCOW / ANKARA – Talks resumed.${BODY}`,
      {
        text: "TRIPOLI / MOSCOW / ANKARA",
        locations: ["TRIPOLI", "MOSCOW", "ANKARA"],
      },
    ],
    [
      "should read an Anadolu dateline after a byline",
      `By Ayse Demir\nANKARA (AA) – The ministry said.${BODY}`,
      { text: "ANKARA (AA)", locations: ["ANKARA"], agency: "AA" },
    ],
    // PTI, IANS, ANI
    [
      "should read a PTI dateline with no dash",
      `New Delhi, Aug 22 (PTI) The court was told on Thursday.${BODY}`,
      {
        text: "New Delhi, Aug 22 (PTI)",
        locations: ["New Delhi"],
        date: "Aug 22",
        agency: "PTI",
      },
    ],
    [
      "should read an ANI dateline with a bracketed country and a colon",
      `Mumbai [India], June 3 (ANI): The minister said.${BODY}`,
      {
        text: "Mumbai [India], June 3 (ANI)",
        locations: ["Mumbai"],
        region: "India",
        date: "June 3",
        agency: "ANI",
      },
    ],
    [
      "should read a colon dateline with a known city",
      `New Delhi: At a time when prices are rising, the bank acted.${BODY}`,
      {
        text: "New Delhi",
        locations: ["New Delhi"],
        rule: "dateline/place-colon",
      },
    ],
    [
      "should read a colon dateline in capitals",
      `KUWAIT: The Amir sent a cable on Monday.${BODY}`,
      { text: "KUWAIT", locations: ["KUWAIT"] },
    ],
    // dpa, EFE, TASS, ANSA, MENA
    [
      "should read a dpa dateline ended by a period",
      `Hamburg (dpa/lno). Police searched a hotel.${BODY}`,
      { text: "Hamburg (dpa/lno)", locations: ["Hamburg"], agency: "dpa/lno" },
    ],
    [
      "should read an EFE dateline ended by a period and hyphen",
      `Madrid, Mar 18 (EFE).- Growth picked up.${BODY}`,
      {
        text: "Madrid, Mar 18 (EFE)",
        locations: ["Madrid"],
        date: "Mar 18",
        agency: "EFE",
      },
    ],
    [
      "should read a TASS dateline with slashes",
      `WASHINGTON, March 13. /TASS/. Officials rejected the idea.${BODY}`,
      {
        text: "WASHINGTON, March 13. /TASS/",
        locations: ["WASHINGTON"],
        date: "March 13",
        agency: "TASS",
        rule: "dateline/credit-slash",
      },
    ],
    [
      "should read a German day with a period before the month",
      `BREMEN, 4. Oktober (dpa) - Die Feuerwehr hat einen Brand gelöscht.${BODY}`,
      {
        text: "BREMEN, 4. Oktober (dpa)",
        locations: ["BREMEN"],
        date: "4. Oktober",
        agency: "dpa",
        rule: "dateline/credit-paren",
      },
    ],
    [
      "should read a credit before the place",
      `(ANSA) - BRUXELLES, 11 LUG - La Commissione ha detto.${BODY}`,
      {
        text: "(ANSA) - BRUXELLES, 11 LUG",
        locations: ["BRUXELLES"],
        date: "11 LUG",
        agency: "ANSA",
        rule: "dateline/credit-first",
      },
    ],
    [
      "should read an unclosed credit parenthesis",
      `CAIRO, Jan 8 (MENA - The president spoke at the cathedral.${BODY}`,
      {
        text: "CAIRO, Jan 8 (MENA",
        locations: ["CAIRO"],
        date: "Jan 8",
        agency: "MENA",
      },
    ],
    [
      "should read a French month",
      `Havana, Juin 9 (EFE) An adviser urged unity.${BODY}`,
      {
        text: "Havana, Juin 9 (EFE)",
        locations: ["Havana"],
        date: "Juin 9",
        agency: "EFE",
      },
    ],
    [
      "should read an ordinal day before the month",
      `DUBAI, 30th June 2020 (WAM) – Output fell.${BODY}`,
      {
        text: "DUBAI, 30th June 2020 (WAM)",
        locations: ["DUBAI"],
        date: "30th June 2020",
        agency: "WAM",
      },
    ],
    // credits without parentheses
    [
      "should read a bare credit after the place",
      `Tehran, IRNA – The spokesman said on Monday.${BODY}`,
      { text: "Tehran, IRNA", locations: ["Tehran"], agency: "IRNA" },
    ],
    [
      "should read a bare credit after a date at the line end",
      `Baku, December 2, AZERTAC \nThe president received a delegation.${BODY}`,
      {
        text: "Baku, December 2, AZERTAC",
        locations: ["Baku"],
        date: "December 2",
        agency: "AZERTAC",
      },
    ],
    [
      "should read a credit after a dash at the line end",
      `Riyadh - ArabToday\nThe king left for a tour of Asia.${BODY}`,
      {
        text: "Riyadh - ArabToday",
        locations: ["Riyadh"],
        agency: "ArabToday",
        rule: "dateline/credit-dashed",
      },
    ],
    [
      "should read a period between place and credit",
      `NUR-SULTAN. KAZINFORM – The agency marked its anniversary.${BODY}`,
      {
        text: "NUR-SULTAN. KAZINFORM",
        locations: ["NUR-SULTAN"],
        agency: "KAZINFORM",
      },
    ],
    // press-release wires
    [
      "should read a PR Newswire dateline",
      `NEW YORK, March 24, 2023 /PRNewswire/ -- A new report shows growth.${BODY}`,
      {
        text: "NEW YORK, March 24, 2023 /PRNewswire/",
        locations: ["NEW YORK"],
        date: "March 24, 2023",
        agency: "PRNewswire",
      },
    ],
    [
      "should read a Business Wire dateline",
      `MOUNT LAUREL, N.J.--(BUSINESS WIRE)--The company announced results.${BODY}`,
      {
        text: "MOUNT LAUREL, N.J.--(BUSINESS WIRE)",
        locations: ["MOUNT LAUREL"],
        region: "N.J.",
        agency: "BUSINESS WIRE",
        rule: "dateline/credit-dashed",
      },
    ],
    [
      "should read a Business Wire dateline with em dashes",
      `SAN DIEGO — (BUSINESS WIRE) — #ACMEstock A law firm announced.${BODY}`,
      {
        text: "SAN DIEGO — (BUSINESS WIRE)",
        locations: ["SAN DIEGO"],
        agency: "BUSINESS WIRE",
      },
    ],
    [
      "should read a GlobeNewswire dateline",
      `FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) — The retailer said.${BODY}`,
      {
        text: "FORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE)",
        locations: ["FORT WAYNE"],
        region: "Ind.",
        date: "June 07, 2023",
        agency: "GLOBE NEWSWIRE",
      },
    ],
    [
      "should read an EIN Presswire dateline with two qualifiers",
      `NEW YORK, NY, UNITED STATES, September 8, 2025 /EINPresswire.com/ -- This fall, a fair opens.${BODY}`,
      {
        text: "NEW YORK, NY, UNITED STATES, September 8, 2025 /EINPresswire.com/",
        locations: ["NEW YORK"],
        region: "NY, UNITED STATES",
        date: "September 8, 2025",
        agency: "EINPresswire.com",
      },
    ],
    [
      "should read two places joined by an ampersand",
      `PRINCETON, N.J. & BOSTON — The drug makers agreed to merge.${BODY}`,
      {
        text: "PRINCETON, N.J. & BOSTON",
        locations: ["PRINCETON", "BOSTON"],
        region: "N.J.",
      },
    ],
    [
      "should read two places joined by AND with their own qualifiers",
      `CINCINNATI, OHIO AND HAIFA, ISRAEL MARCH 3, 2021 (GLOBE NEWSWIRE) Acme Inc. said.${BODY}`,
      {
        text: "CINCINNATI, OHIO AND HAIFA, ISRAEL MARCH 3, 2021 (GLOBE NEWSWIRE)",
        locations: ["CINCINNATI", "HAIFA"],
        region: "OHIO",
        date: "MARCH 3, 2021",
        agency: "GLOBE NEWSWIRE",
      },
    ],
    // no place
    [
      "should read a credit alone",
      `(CNN) -- At least one person was killed.${BODY}`,
      {
        text: "(CNN)",
        locations: [],
        agency: "CNN",
        rule: "dateline/credit-only",
      },
    ],
    // text in front of the dateline
    [
      "should read a dateline after a redistributor prefix",
      `(MENAFN- Gulf Wire (KUNA)) KUWAIT, Dec 26 (KUNA) -- The Amir received a cable.${BODY}`,
      {
        text: "KUWAIT, Dec 26 (KUNA)",
        locations: ["KUWAIT"],
        date: "Dec 26",
        agency: "KUNA",
      },
    ],
    [
      "should read a dateline after an UPDATE label",
      `UPDATE:  TOWSON, Md. (AP) -- Police took a suspect into custody.${BODY}`,
      {
        text: "TOWSON, Md. (AP)",
        locations: ["TOWSON"],
        region: "Md.",
        agency: "AP",
      },
    ],
    [
      "should read a dateline glued to a caption",
      `Traders count notes in a market. — AFP picKUALA LUMPUR, Jan 5 ― The ringgit rose.${BODY}`,
      {
        text: "KUALA LUMPUR, Jan 5",
        locations: ["KUALA LUMPUR"],
        date: "Jan 5",
      },
    ],
    [
      "should read a dateline after a byline on the same line",
      `By MARY LANE Associated Press SPRINGFIELD, Ill. (AP) — A judge ruled.${BODY}`,
      {
        text: "SPRINGFIELD, Ill. (AP)",
        locations: ["SPRINGFIELD"],
        region: "Ill.",
        agency: "AP",
      },
    ],
    [
      "should read the dateline under a headline and a time stamp",
      `Storm nears the coast\n\nPosted at 6:10 PM, June 4, 2019\n\nMIAMI (AP) — Forecasters warned residents.${BODY}`,
      { text: "MIAMI (AP)", locations: ["MIAMI"], agency: "AP" },
    ],
    [
      "should take the first of two datelines",
      `KUWAIT: The Amir thanked the king.\nKUWAIT, Dec 26 (KUNA) -- The Amir received a cable.${BODY}`,
      { text: "KUWAIT", locations: ["KUWAIT"] },
    ],
    [
      "should keep a Greek capital inside a place name",
      `ΑTHENS, Greece (AP) — Ministers met.${BODY}`,
      {
        text: "ΑTHENS, Greece (AP)",
        locations: ["ΑTHENS"],
        region: "Greece",
        agency: "AP",
      },
    ],
    [
      "should read a capitals place followed by a title-case region without a comma",
      `RAFAH Gaza Strip (Reuters) – The crossing reopened.${BODY}`,
      {
        text: "RAFAH Gaza Strip (Reuters)",
        locations: ["RAFAH"],
        region: "Gaza Strip",
        agency: "Reuters",
      },
    ],
    [
      "should read a Wikinews place dateline",
      `Friday, August 31, 2012\nLondon, England — At the arena last night, the home team won.${BODY}`,
      { text: "London, England", locations: ["London"], region: "England" },
    ],
    [
      "should read a TV dateline with a date in parentheses",
      `LONDON, ENGLAND, UNITED KINGDOM (NOVEMBER 1, 2013) (ITN) - A court heard evidence.${BODY}`,
      {
        text: "LONDON, ENGLAND, UNITED KINGDOM (NOVEMBER 1, 2013) (ITN)",
        locations: ["LONDON"],
        region: "ENGLAND, UNITED KINGDOM",
        date: "NOVEMBER 1, 2013",
        agency: "ITN",
      },
    ],
    [
      "should read an old AP underscore separator",
      `WASHINGTON (AP) _ The Senate voted on Tuesday.${BODY}`,
      { text: "WASHINGTON (AP)", locations: ["WASHINGTON"], agency: "AP" },
    ],
    [
      "should read a bare place line with a known region",
      `DHAKA, Bangladesh\n\nThe ministry said on Sunday that the dam held.${BODY}`,
      {
        text: "DHAKA, Bangladesh",
        locations: ["DHAKA"],
        region: "Bangladesh",
        rule: "dateline/place-line",
      },
    ],
    [
      "should prefer a fuller dateline right after a label and a dash",
      `EXCLUSIVE - LISBON, March 3 (Reuters) - The bank plans to cut jobs.${BODY}`,
      {
        text: "LISBON, March 3 (Reuters)",
        locations: ["LISBON"],
        date: "March 3",
        agency: "Reuters",
      },
    ],
    [
      "should read a credit alone that opens with a known agency",
      `(CNN Business) -- Shares of the carmaker fell.${BODY}`,
      {
        text: "(CNN Business)",
        locations: [],
        agency: "CNN Business",
        rule: "dateline/credit-only",
      },
    ],
    [
      "should take the region of the first place that has one",
      `    DALLAS/FORT WORTH, Texas, March 3 - The airline said.${BODY}`,
      {
        text: "DALLAS/FORT WORTH, Texas, March 3",
        locations: ["DALLAS", "FORT WORTH"],
        region: "Texas",
        date: "March 3",
      },
    ],
    [
      "should read a date after a slash credit",
      `RALEIGH, NC / ACCESSWIRE / December 5, 2023 / Acme Corp said on Tuesday.${BODY}`,
      {
        text: "RALEIGH, NC / ACCESSWIRE / December 5, 2023 /",
        locations: ["RALEIGH"],
        region: "NC",
        date: "December 5, 2023",
        agency: "ACCESSWIRE",
      },
    ],
    [
      "should read a credit opened by a lower-case acronym",
      `Hannover (dts Nachrichtenagentur) – Der Minister sagte am Montag.${BODY}`,
      {
        text: "Hannover (dts Nachrichtenagentur)",
        locations: ["Hannover"],
        agency: "dts Nachrichtenagentur",
      },
    ],
    [
      "should read a dateline spaced with no-break spaces",
      `LONDON,\u00a0Aug\u00a019 (Reuters) - Banks fell.${BODY}`,
      {
        text: "LONDON,\u00a0Aug\u00a019 (Reuters)",
        locations: ["LONDON"],
        date: "Aug\u00a019",
        agency: "Reuters",
      },
    ],
    [
      "should read a press-wire credit that carries its own date",
      `Toronto, Ontario--(Newsfile Corp. - March 5, 2024) - Acme Mining Corp. announced drill results.${BODY}`,
      {
        text: "Toronto, Ontario--(Newsfile Corp. - March 5, 2024)",
        locations: ["Toronto"],
        region: "Ontario",
        date: "March 5, 2024",
        agency: "Newsfile Corp.",
        rule: "dateline/credit-dashed",
      },
    ],
    [
      "should read a date after the credit",
      `NEW YORK (PRWEB) March 05, 2024 -- Acme Inc. opened a new office.${BODY}`,
      {
        text: "NEW YORK (PRWEB) March 05, 2024",
        locations: ["NEW YORK"],
        date: "March 05, 2024",
        agency: "PRWEB",
      },
    ],
    [
      "should read a slash credit that opens with a digit",
      `MIAMI, FL, March 5, 2024 /24-7PressRelease/ -- Acme said on Tuesday.${BODY}`,
      {
        text: "MIAMI, FL, March 5, 2024 /24-7PressRelease/",
        locations: ["MIAMI"],
        region: "FL",
        date: "March 5, 2024",
        agency: "24-7PressRelease",
      },
    ],
    [
      "should read a bare credit between the date and the dash",
      `TOKYO, March 5 Kyodo - The cabinet approved the bill.${BODY}`,
      {
        text: "TOKYO, March 5 Kyodo",
        locations: ["TOKYO"],
        date: "March 5",
        agency: "Kyodo",
      },
    ],
    [
      "should read a place that is also a market word when its region is known",
      `RYE, N.H. - The town voted on Tuesday to build a new school.${BODY}`,
      {
        text: "RYE, N.H.",
        locations: ["RYE"],
        region: "N.H.",
        rule: "dateline/place-dash",
      },
    ],
    [
      "should read a dashed credit after a date",
      `NEW YORK, March 5, 2024 -- (BUSINESS WIRE) -- Acme Inc. reported results.${BODY}`,
      {
        text: "NEW YORK, March 5, 2024 -- (BUSINESS WIRE)",
        locations: ["NEW YORK"],
        date: "March 5, 2024",
        agency: "BUSINESS WIRE",
      },
    ],
    [
      "should read a title-case place with a known state of India",
      `Kochi, Kerala — The police said on Monday that the road was closed.${BODY}`,
      {
        text: "Kochi, Kerala",
        locations: ["Kochi"],
        region: "Kerala",
        rule: "dateline/place-dash",
      },
    ],
    [
      "should leave a company name in parentheses after the dash to the body",
      `    SPRINGVILLE, IND., March 3 - (Acme Finance Corp) said it raised its dividend.${BODY}`,
      {
        text: "SPRINGVILLE, IND., March 3",
        locations: ["SPRINGVILLE"],
        region: "IND.",
        date: "March 3",
      },
    ],
  ];

  it.each(rows)("%s", (_title, input, want) => {
    check(input, want);
  });

  it.each(rows.slice(0, 12))(
    "should find the same dateline under a headline: %s",
    (_title, input, want) => {
      const story = `Officials weigh the next step\n\n${input}`;
      check(story, want);
    },
  );

  const negatives = readFileSync(
    new URL("../../fixtures/negative/dateline.txt", import.meta.url),
    "utf8",
  )
    .split("\n")
    .map((line, i) => [i + 1, line.replace(/\\n/gu, "\n")] as const)
    .filter(([, line]) => line.trim() !== "" && !line.startsWith("%"));

  it.each(negatives)(
    "should find no dateline in fixtures/negative/dateline.txt line %i",
    (_n, line) => {
      expect(parseDateline(line)).toBeNull();
    },
  );

  it("should return null for an empty string and for text without a dateline", () => {
    expect(parseDateline("")).toBeNull();
    expect(parseDateline("The committee met for three hours.")).toBeNull();
  });

  it("should fill agencyId from the agency table", () => {
    expect(
      parseDateline(`LONDON, Aug 19 (Reuters) - Banks fell.${BODY}`)?.agencyId,
    ).toBe("reuters");
    expect(
      parseDateline(`Riyadh - ArabToday\nThe king left.${BODY}`)?.agencyId,
    ).toBeNull();
  });

  it("should report the rule to the debug callback", () => {
    const events: DebugEvent[] = [];
    parseDateline(`WASHINGTON (AP) — Lawmakers returned.${BODY}`, {
      debug: (e) => events.push(e),
    });
    expect(events).toEqual([
      {
        module: "dateline",
        rule: "dateline/credit-paren",
        message: "dateline found",
        start: 0,
        end: 15,
      },
    ]);
  });

  it("should throw a TypeError only for a non-string text", () => {
    expect(() => parseDateline(42 as unknown as string)).toThrow(TypeError);
  });

  it("should never throw and keep every span exact on random wire-like text", () => {
    const pieces = [
      "LONDON",
      "New Delhi",
      "KUALA LUMPUR",
      ", ",
      " ",
      "\n",
      "\u00a0",
      "(AP)",
      "(Reuters",
      ")",
      "(",
      "/",
      " / ",
      "|",
      " - ",
      "--",
      " — ",
      ".-",
      ":",
      ".",
      "Aug 22",
      "Sept. 4",
      "11 LUG",
      "30th",
      "2024",
      "/PRNewswire/",
      "Calif.",
      "N.J.",
      "& ",
      "AND ",
      "The ",
      "said",
      "“",
      "é",
      "Α",
      "\t",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        (parts) => {
          const input = parts.join("");
          const d = parseDateline(input);
          if (!d) return;
          DatelineSchema.parse(d);
          expect(input.slice(d.start, d.end)).toBe(d.text);
          for (const p of [...d.locations, d.region, d.date, d.agency]) {
            if (!p) continue;
            expect(input.slice(p.start, p.end)).toBe(p.text);
            expect(p.start).toBeGreaterThanOrEqual(d.start);
            expect(p.end).toBeLessThanOrEqual(d.end);
          }
        },
      ),
      { seed: 20260127, numRuns: 2000 },
    );
  });

  it("should stay fast on pathological input", () => {
    const junk = [
      "A ".repeat(50_000),
      "(".repeat(100_000),
      "NEW YORK, ".repeat(20_000),
      `${"X/".repeat(30_000)}Y (AP) - z`,
      `${"\n".repeat(50_000)}LONDON (AP) - x`,
      "-- ".repeat(40_000),
    ];
    const t0 = performance.now();
    for (const s of junk) parseDateline(s);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("datelineIn on worst-case input of 1 MiB", () => {
  const MIB = 1 << 20;
  const fill = (unit: string): string =>
    unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);
  const opts = { referenceDate: null, debug: null };
  it.each([
    ["newlines", fill("\n"), null],
    ["whitespace", fill(" \t \u00a0  "), null],
    ["blank lines with spaces", fill(" \n"), null],
    ["capitalised words", fill("Minister Said The President "), null],
    ["parenthesised credits", fill("(AP) (Reuters) LONDON, "), null],
    [
      "short lines",
      fill("By JO\n(AP)\nReuter\n\u2014\nx\n--IANS\n\nMORE\n"),
      null,
    ],
    [
      "a dateline after a million blank lines",
      `${fill("\n")}LONDON (AP) - A vote.`,
      null,
    ],
    [
      "a dateline after 40 blank lines",
      `${"\n".repeat(40)}LONDON (AP) - A vote.`,
      "LONDON (AP)",
    ],
  ])("should read %s in well under a second", (_title, input, text) => {
    const doc = makeDoc(input);
    const t0 = performance.now();
    const d = datelineIn(doc, opts);
    expect(performance.now() - t0).toBeLessThan(250);
    expect(d?.text ?? null).toBe(text);
  });
});

describe("isoDate", () => {
  const rows: readonly (readonly [
    title: string,
    input: string,
    ref: string | undefined,
    iso: string | null,
  ])[] = [
    [
      "should resolve a date without a year to the previous year when it would be after the reference",
      `New Delhi, Aug 22 (PTI) The court sat.${BODY}`,
      "2025-08-20",
      "2024-08-22",
    ],
    [
      "should resolve a date without a year to the reference year when it is not after it",
      `New Delhi, Aug 22 (PTI) The court sat.${BODY}`,
      "2025-08-22",
      "2025-08-22",
    ],
    [
      "should resolve Dec 31 against an early January reference to the year before",
      `LONDON, Dec 31 (Reuters) - Markets closed.${BODY}`,
      "2026-01-02",
      "2025-12-31",
    ],
    [
      "should use the dateline's own year",
      `NEW YORK, March 24, 2023 /PRNewswire/ -- A report.${BODY}`,
      "2025-01-01",
      "2023-03-24",
    ],
    [
      "should use the dateline's own year without a reference",
      `NEW YORK, March 24, 2023 /PRNewswire/ -- A report.${BODY}`,
      undefined,
      "2023-03-24",
    ],
    [
      "should leave a date without a year unresolved without a reference",
      `LONDON, Aug 19 (Reuters) - Banks fell.${BODY}`,
      undefined,
      null,
    ],
    [
      "should resolve a day-first foreign month",
      `(ANSA) - BRUXELLES, 11 LUG - La Commissione.${BODY}`,
      "2013-07-20",
      "2013-07-11",
    ],
    [
      "should resolve a German day with a period",
      `Kiel, 12. März 2024 (dpa) - Die Polizei sucht Zeugen.${BODY}`,
      undefined,
      "2024-03-12",
    ],
    [
      "should leave an impossible day unresolved",
      `    NEW YORK, March 119 - The company said.${BODY}`,
      "1987-04-01",
      null,
    ],
    [
      "should leave a dateline without a date unresolved",
      `WASHINGTON (AP) — Lawmakers met.${BODY}`,
      "2025-01-01",
      null,
    ],
  ];

  it.each(rows)("%s", (_title, input, ref, iso) => {
    expect(
      parseDateline(
        input,
        ref === undefined ? undefined : { referenceDate: ref },
      )?.isoDate,
    ).toBe(iso);
  });

  it("should take a Date object as the reference", () => {
    expect(
      parseDateline(`LONDON, Aug 19 (Reuters) - Banks fell.${BODY}`, {
        referenceDate: new Date(Date.UTC(2020, 0, 5)),
      })?.isoDate,
    ).toBe("2019-08-19");
  });

  it.each([
    [
      "should go back to the last leap year for Feb 29",
      2,
      29,
      null,
      [2025, 3, 1],
      "2024-02-29",
    ],
    [
      "should keep Feb 29 of a leap reference year",
      2,
      29,
      null,
      [2024, 3, 1],
      "2024-02-29",
    ],
    ["should refuse Feb 29 of a common year", 2, 29, 2023, null, null],
    ["should refuse April 31", 4, 31, 2024, null, null],
  ] as const)("%s", (_title, m, d, y, ref, iso) => {
    expect(resolveIsoDate(m, d, y, ref)).toBe(iso);
  });
});
