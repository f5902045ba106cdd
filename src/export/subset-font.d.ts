// Types of `subset-font` (the package ships none): subsets a font to the glyphs of a text with HarfBuzz.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    opts?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; keepFeatures?: string[]; preserveNameIds?: number[]; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}
