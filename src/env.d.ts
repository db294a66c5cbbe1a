declare namespace App {
  /** What one page's render shares between its components. */
  interface Locals {
    /** How many <Term>s the page has drawn so far, so that each term's definition gets its own id. */
    termsOnPage?: number;
  }
}
