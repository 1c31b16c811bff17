// Escaping for HTML and SVG written as strings (build-time SVG, snippets, tooltips), in
// one place. No dependencies, so islands can import it without pulling in anything else.

/** Text or an attribute value made safe in HTML, SVG or XML: &, <, > and " escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
