// Saved example operations, one tab each, for the three kinds of user. Secrets go in the Headers tab as
// {"Authorization": "Bearer ..."}; the IDE never stores them.
const siteReads = `# A network site reading roles (no key needed). Feeds do the same without GraphQL:
# /feed.rss, /feed.atom, /feed.json with ?skill=…&remote=…&coop=…
query SiteReadsRoles {
  roles(first: 10, filter: { remote: [REMOTE] }) {
    totalCount
    nodes { id title skills location remote coop { name slug website } }
    pageInfo { hasNextPage endCursor }
  }
}
`;

const seekerSearches = `# A seeker searching: free text, skills (aliases work: "Postgres" finds PostgreSQL),
# where they live, and a salary floor.
query SeekerSearches {
  roles(first: 20, filter: {
    query: "developer"
    skills: ["Postgres", "Python"]
    country: "GB"
    minSalary: { amount: 35000, currency: "GBP", period: YEAR }
  }) {
    nodes { title skills salary { min max currency period } coop { name flatPay membershipAfterMonths } }
  }
}
`;

const seekerMatches = `# A seeker matching: create a profile once (keep the token it returns), then ask for matches
# with headers {"Authorization": "Bearer <profile token>"}.
mutation SeekerCreatesProfile {
  createProfile(input: { name: "Sam", email: "sam@example.org", skills: ["TypeScript", "PostgreSQL"], remote: REMOTE }) {
    profile { id }
    token
    errors { field code message }
  }
}

query SeekerMatches($profileId: ID!) {
  matches(profileId: $profileId, first: 10) {
    score matchedSkills missingSkills reasons
    role { title coop { name } }
  }
}
`;

const coopPosts = `# A co-op posting a role: register (the network administrator then verifies you), keep the
# apiKey it returns, and post with headers {"Authorization": "Bearer <apiKey>"}.
mutation CoopRegisters {
  registerCoop(input: { name: "Example Co-op", website: "https://example.coop" }) {
    coop { id slug verified }
    apiKey
    errors { field code message }
  }
}

mutation CoopPostsRole {
  postRole(input: {
    title: "Backend developer"
    description: "Build and run services for co-operatives."
    skills: ["C#", "PostgreSQL"]
    remote: REMOTE
    remoteRegions: ["GB", "EU"]
    employmentType: FULL_TIME
    salary: { min: 38000, max: 45000, currency: "GBP", period: YEAR }
    applyUrl: "https://example.coop/jobs/backend"
  }) {
    role { id title status }
    errors { field code message }
  }
}
`;

export const examples = [
  { query: siteReads },
  { query: seekerSearches },
  { query: seekerMatches, variables: '{ "profileId": "" }' },
  { query: coopPosts, headers: '{ "Authorization": "Bearer YOUR-CO-OP-API-KEY" }' },
];
