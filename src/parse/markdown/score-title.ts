// Scores how much a text reads like a job title (vs. an organisation), in the languages cvpress reads.

const TITLE_WORDS = new RegExp(
  '(?<![\\p{L}])(?:engineer|developer|programmer|manager|director|head|lead|leader|intern|internship|consultant|analyst|designer|architect|scientist|researcher|officer|specialist|administrator|admin|contractor|founder|co-founder|cofounder|cto|ceo|cfo|coo|cio|vp|vice president|president|partner|owner|freelance|freelancer|self-employed|assistant|associate|technician|teacher|lecturer|professor|tutor|coordinator|supervisor|representative|advisor|adviser|editor|writer|trainee|apprentice|sre|devops|tester|qa|operator|principal|staff|senior|junior|fellow|volunteer|chair|product owner|scrum master|mentor|instructor|postdoc|phd|doctoral|student|researcher' +
    '|ingenieur|leiter|leiterin|berater|beraterin|werkstudent|praktikant|praktikantin|geschäftsführer|mitarbeiter|entwicklerin|entwickler' +
    '|développeur|développeuse|ingénieur|chef|responsable|stagiaire|directeur|directrice|chargé|chargée|alternant' +
    '|desarrollador|desarrolladora|ingeniero|ingeniera|jefe|jefa|gerente|becario|becaria|programador|programadora|analista|consultor|consultora|técnico|director|directora' +
    '|desenvolvedor|desenvolvedora|engenheiro|engenheira|estagiário|estagiária|coordenador|coordenadora' +
    '|programista|programistka|inżynier|inżynierka|kierownik|kierowniczka|stażysta|stażystka|praktykant|praktykantka|specjalista|specjalistka|starszy|starsza|młodszy|młodsza|tester|konsultant|dyrektor|architekt' +
    '|sviluppatore|sviluppatrice|ingegnere|responsabile|stagista|tirocinante' +
    '|ontwikkelaar|medewerker|stagiair|adviseur|beheerder' +
    '|разработчик|инженер|руководитель|программист|менеджер|стажер|стажёр|аналитик|директор|ведущий|старший|тимлид|архитектор)' +
    '|(?:entwickler|ingenieur|leiter|berater|工程师|经理|开发|总监|实习|主管|架构师|设计师|研究员|负责人)',
  'iu',
);
const ORG_WORDS =
  /(?<![\p{L}])(?:inc|ltd|llc|gmbh|ag|sa|s\.a|sp\. z o\.o|corp|corporation|company|co|group|university|universität|université|universidad|universidade|uniwersytet|bank|labs?|technologies|solutions|systems|software|studio|agency|consulting|ventures|foundation|institute|gmbh & co\. kg|kg|bv|b\.v|oy|ab|as|plc|srl|s\.r\.l|spa|s\.p\.a|ооо|зао|оао|公司|集团)(?![\p{L}])/iu;

/**
 * Positive when `text` reads like a job title, negative when it reads like an
 * organisation, 0 when unsure.
 */
export function scoreTitle(text: string): number {
  const title = TITLE_WORDS.test(text);
  const org = ORG_WORDS.test(text);
  if (title) return org ? 1 : 2;
  return org ? -2 : 0;
}
