// Type of the custom client directive registered in astro.config.mjs.
declare module 'astro' {
  interface AstroClientDirectives {
    'client:interaction'?: boolean;
  }
}
export {};
