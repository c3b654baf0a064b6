/** Word lists for generated test data (people and teams), so every fake's data reads like an organisation's. */
export const FIRST_NAMES = [
  'Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Luca', 'Maya', 'Nikhil',
  'Olga', 'Pablo', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen', 'Yusuf', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Adeyemi', 'Berg', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jansen', 'Kowalski', 'Larsen',
  'Moreau', 'Novak', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Weber',
] as const;

export const TEAM_NAMES = [
  'Audit', 'Billing', 'Compliance', 'Customer Care', 'Data', 'Design', 'DevOps', 'Finance', 'Growth', 'Helpdesk', 'HR',
  'Infrastructure', 'Legal', 'Marketing', 'Mobile', 'Operations', 'Platform', 'QA', 'Research', 'Risk Management', 'Sales',
  'Security', 'Support', 'Web',
] as const;

export const REGIONS = ['EMEA', 'APAC', 'Americas', 'Nordics', 'DACH', 'Benelux', 'LATAM', 'India'] as const;

/** A distinct team name for the n-th group (0-based): plain at first, then qualified by region and number. */
export function teamName(n: number): string {
  const team = TEAM_NAMES[n % TEAM_NAMES.length] as string;
  const round = Math.floor(n / TEAM_NAMES.length);
  if (round === 0) return team;
  const region = REGIONS[(round - 1) % REGIONS.length] as string;
  const cycle = Math.floor((round - 1) / REGIONS.length);
  return cycle === 0 ? `${team} ${region}` : `${team} ${region} ${cycle + 1}`;
}
