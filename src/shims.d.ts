// Deep imports of natural's single modules (bundled into dist; the package root is never loaded).
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/util/stopwords_nl.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
