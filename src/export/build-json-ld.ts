// Describes a résumé as schema.org JSON-LD: a Person with the jobs (worksFor) and schools (alumniOf) as roles.
import type { Resume } from '../model/types.js';

type Json = Record<string, unknown>;

/** Drops empty values, so the JSON-LD holds only what the CV says. */
function compact(obj: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * The résumé as schema.org JSON-LD (`@type: Person`): name, job title, email, telephone, website, image,
 * address, description, profiles (`sameAs`), each job as an `EmployeeRole` in `worksFor` (organisation, role
 * name, dates) and each school as an `OrganizationRole` in `alumniOf` (institution, degree, dates), skills
 * (`knowsAbout`), languages (`knowsLanguage`), awards and certificates (`hasCredential`).
 */
export function buildJsonLd(resume: Resume): Json {
  const b = resume.basics ?? {};
  const loc = b.location ?? {};
  const address = compact({ '@type': 'PostalAddress', streetAddress: text(loc.address), postalCode: text(loc.postalCode), addressLocality: text(loc.city), addressRegion: text(loc.region), addressCountry: text(loc.countryCode) });
  const worksFor = (resume.work ?? []).filter((w) => text(w.name) || text(w.position)).map((w) =>
    compact({
      '@type': 'EmployeeRole',
      roleName: text(w.position),
      startDate: text(w.startDate),
      endDate: text(w.endDate),
      worksFor: compact({ '@type': 'Organization', name: text(w.name) ?? text(w.position), url: text(w.url), location: text(w.location) }),
    }),
  );
  const alumniOf = (resume.education ?? []).filter((e) => text(e.institution)).map((e) =>
    compact({
      '@type': 'OrganizationRole',
      roleName: [text(e.studyType), text(e.area)].filter(Boolean).join(', ') || undefined,
      startDate: text(e.startDate),
      endDate: text(e.endDate),
      alumniOf: compact({ '@type': 'EducationalOrganization', name: text(e.institution), url: text(e.url) }),
    }),
  );
  const knowsAbout = (resume.skills ?? []).flatMap((s) => (s.keywords?.length ? s.keywords : [s.name])).map(text).filter((s): s is string => s !== undefined);
  const credentials = [
    ...(resume.certificates ?? []).map((c) => compact({ '@type': 'EducationalOccupationalCredential', name: text(c.name), recognizedBy: text(c.issuer) ? { '@type': 'Organization', name: text(c.issuer) } : undefined, url: text(c.url), dateCreated: text(c.date) })),
  ].filter((c) => c.name);
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: text(b.name),
    jobTitle: text(b.label),
    email: text(b.email) ? `mailto:${text(b.email)}` : undefined,
    telephone: text(b.phone),
    url: text(b.url),
    image: text(b.image) && /^https?:/i.test(b.image!) ? b.image : undefined,
    address: Object.keys(address).length > 1 ? address : undefined,
    description: text(b.summary),
    sameAs: (b.profiles ?? []).map((p) => text(p.url)).filter(Boolean),
    worksFor,
    alumniOf,
    knowsAbout: [...new Set(knowsAbout)],
    knowsLanguage: (resume.languages ?? []).map((l) => text(l.language)).filter(Boolean),
    award: (resume.awards ?? []).map((a) => text(a.title)).filter(Boolean),
    hasCredential: credentials,
  });
}
