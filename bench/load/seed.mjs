// Seeds a live API through its public GraphQL API: co-ops (registered, then verified with the admin key) and
// roles with realistic skills. Usage: node seed.mjs <api url> <roles> [admin key]
const [url, count = '2000', adminKey = process.env.ROLESBOARD_ADMIN_KEY ?? 'live-check-admin-key'] = process.argv.slice(2);
const gql = async (query, variables, key) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};
const skills = ['Python', 'Django', 'PostgreSQL', 'JavaScript', 'React', 'TypeScript', 'PHP', 'Drupal', 'WordPress', 'Ruby on Rails',
  'Go', 'Rust', 'C#', '.NET', 'Kubernetes', 'Docker', 'Linux', 'Ansible', 'Accessibility', 'UX Design', 'Elixir', 'Node.js'];
const titles = ['Developer', 'Senior developer', 'Frontend developer', 'Backend developer', 'Sysadmin', 'Designer', 'Full-stack developer'];
const pick = (list, n) => [...list].sort(() => Math.random() - 0.5).slice(0, n);
const keys = [];
for (let c = 0; c < 20; c++) {
  const { registerCoop } = await gql('mutation($i: RegisterCoopInput!) { registerCoop(input: $i) { coop { id } apiKey } }',
    { i: { name: `Load Co-op ${c}`, website: `https://load${c}-${Date.now()}.example.coop` } });
  await gql('mutation($id: ID!) { verifyCoop(id: $id) { errors { code } } }', { id: registerCoop.coop.id }, adminKey);
  keys.push(registerCoop.apiKey);
}
for (let r = 0; r < Number(count); r++) {
  const s = pick(skills, 3);
  await gql('mutation($i: PostRoleInput!) { postRole(input: $i) { errors { code } } }', {
    i: {
      title: `${pick(titles, 1)[0]} (${s[0]})`, description: `We build with ${s.join(', ')} for co-operatives and charities.`, skills: s,
      remote: pick(['REMOTE', 'HYBRID', 'ONSITE'], 1)[0], location: pick(['London, UK', 'Manchester, UK', 'Sheffield, UK', 'Lisbon, Portugal'], 1)[0],
      salary: { min: 30000, max: 30000 + Math.round(Math.random() * 20000), currency: 'GBP', period: 'YEAR' },
    },
  }, keys[r % keys.length]);
}
console.log(`seeded 20 co-ops and ${count} roles`);
