// "{name}" placeholders in UI strings, for every string table (i18n*.ts, map-i18n.ts) and
// the islands; its own module so an island does not pull in the string tables.

/** The template with each {name} that `params` holds replaced; unknown ones are left as they are. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
