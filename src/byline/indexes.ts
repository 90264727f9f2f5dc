import {
  AFFILIATIONS,
  CREDIT_AGENCIES,
  PHOTO_AGENCIES,
  STAFF_CREDITS,
  STAFF_WORDS,
} from "./data.ts";
import { phraseIndex, type PhraseIndex } from "./phraseIndex.ts";

/** Lookup of {@link AFFILIATIONS}. */
export const AFFILIATION_INDEX: PhraseIndex =
  /* @__PURE__ */ phraseIndex(AFFILIATIONS);
/** Lookup of {@link CREDIT_AGENCIES}. */
export const CREDIT_INDEX: PhraseIndex =
  /* @__PURE__ */ phraseIndex(CREDIT_AGENCIES);
/** Lookup of {@link PHOTO_AGENCIES}. */
export const PHOTO_INDEX: PhraseIndex =
  /* @__PURE__ */ phraseIndex(PHOTO_AGENCIES);
/** Lookup of {@link STAFF_CREDITS}. */
export const STAFF_CREDIT_INDEX: PhraseIndex =
  /* @__PURE__ */ phraseIndex(STAFF_CREDITS);
/** Lookup of {@link STAFF_WORDS}. */
export const STAFF_WORD_INDEX: PhraseIndex =
  /* @__PURE__ */ phraseIndex(STAFF_WORDS);
/** Desk credits (`News Desk`, `Digital Desk`). */
export const DESK_INDEX: PhraseIndex = /* @__PURE__ */ phraseIndex([
  "news desk",
  "web desk",
  "digital desk",
  "online desk",
  "desk",
]);
