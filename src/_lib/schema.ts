import * as z from "zod";

/** Fields shared by every item found in the input: its text and half-open UTF-16 offsets. */
export const spanShape = {
  text: z.string().describe("The item exactly as written: `input.slice(start, end)`."),
  start: z.int().nonnegative().describe("UTF-16 offset of the first character in the caller's string."),
  end: z.int().nonnegative().describe("UTF-16 offset just past the last character (half-open)."),
};

/** A piece of the caller's text with its offsets. */
export const SpanSchema = z.object(spanShape).meta({
  title: "Span",
  description: "A piece of the input: `text === input.slice(start, end)`, UTF-16 offsets, half-open.",
});

/** A piece of the caller's text with its offsets (`text === input.slice(start, end)`). */
export type Span = z.infer<typeof SpanSchema>;
