// Deterministic in-memory graph for the peer: the same seed always gives the same
// users, communities, movements and edges, byte for byte, on every machine
// (only integer PRNG arithmetic and array order are involved; no Math.random, no clock).

/** mulberry32: a tiny 32-bit seeded PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Global ids are base64 of "Type:numericId", e.g. User:42 -> "VXNlcjo0Mg==". */
export const toGlobalId = (type, num) => Buffer.from(`${type}:${num}`).toString('base64');
export function fromGlobalId(id) {
  const m = /^(\w+):(\d+)$/.exec(Buffer.from(String(id), 'base64').toString('utf8'));
  return m ? { type: m[1], num: Number(m[2]) } : null;
}

const FIRST = ['Ayu', 'Budi', 'Siti', 'Dewi', 'Amara', 'Kofi', 'Lucía', 'João', 'Mateo', 'Priya',
  'Arjun', 'Fatima', 'Omar', 'Lena', 'Jonas', 'Chloé', 'Hana', 'Kenji', 'Mei', 'Thandiwe',
  'Sipho', 'Olga', 'Ivan', 'Sofia', 'Liam', 'Noor', 'Yusuf', 'Ana', 'Zeynep', 'Tomás'];
const LAST = ['Santoso', 'Wijaya', 'Mensah', 'Okafor', 'García', 'Silva', 'Souza', 'Sharma', 'Patel',
  'Haddad', 'Müller', 'Schmidt', 'Dubois', 'Sato', 'Tanaka', 'Chen', 'Nkosi', 'Dlamini', 'Ivanova',
  'Kowalski', 'Rossi', 'Khan', 'Yılmaz', 'Pérez', 'Nguyen', 'Kim', 'Murphy', 'Andersen', 'Costa', 'Ali'];
const COUNTRIES = ['ID', 'US', 'BR', 'IN', 'NG', 'GH', 'ZA', 'DE', 'FR', 'ES', 'MX', 'AR', 'JP', 'KR',
  'PH', 'TR', 'EG', 'KE', 'GB', 'PL'];
const TOPICS = ['climate', 'housing', 'labour', 'education', 'health', 'migration', 'digital-rights',
  'gender-equality', 'food-sovereignty', 'water', 'indigenous-rights', 'anti-corruption',
  'disability', 'transport', 'energy', 'peace'];
const KINDS = ['ADVOCACY', 'CHARITY', 'MUTUAL_AID', 'LOCAL_BUSINESS', 'LEARNING', 'DISCUSSION', 'JOBS',
  'ENVIRONMENT', 'OTHER'];
const PLATFORMS = ['Mastodon', 'Discord', 'WhatsApp', 'Telegram', 'Signal', 'Facebook', null];
const ADJ = ['Green', 'United', 'Open', 'Local', 'Free', 'Solidarity', 'Rising', 'Common', 'Bright', 'Fair'];
const NOUN = ['Hands', 'Roots', 'Voices', 'Commons', 'Circle', 'Network', 'Assembly', 'Bridge', 'Garden', 'Table'];

export function generate({ seed = 42, users = 10_000, communities = 200, movements = 50 } = {}) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  // k distinct values from 1..n, returned in ascending order.
  const sample = (n, k, exclude = 0) => {
    const set = new Set();
    while (set.size < k) { const v = int(1, n); if (v !== exclude) set.add(v); }
    return [...set].sort((x, y) => x - y);
  };
  const topics = () => sample(TOPICS.length, int(1, 4)).map((i) => TOPICS[i - 1]);
  const day = (i) => new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString();

  // Arrays are indexed by numeric id; index 0 is unused so that byId[n] is entity n.
  const U = [null];
  for (let n = 1; n <= users; n++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    U.push({
      __typename: 'User', id: toGlobalId('User', n), num: n,
      handle: `${first}.${last}.${n}`.normalize('NFD').replace(/[^\w.]/g, '').toLowerCase(),
      displayName: `${first} ${last}`,
      country: rnd() < 0.95 ? pick(COUNTRIES) : null,
      topics: topics(),
      // Leaning rounded to 3 decimals so it prints the same in any JSON writer.
      leaning: rnd() < 0.9 ? Math.round((rnd() * 2 - 1) * 1000) / 1000 : null,
      createdAt: day(int(0, 1800)),
      followingIds: [], followerIds: [], communityIds: [], movementIds: [],
    });
  }
  for (let n = 1; n <= users; n++) U[n].followingIds = sample(users, int(0, 30), n);
  for (let n = 1; n <= users; n++) for (const f of U[n].followingIds) U[f].followerIds.push(n);

  const C = [null];
  for (let n = 1; n <= communities; n++) {
    const memberIds = sample(users, int(20, 300));
    C.push({
      __typename: 'Community', id: toGlobalId('Community', n), num: n,
      name: `${pick(ADJ)} ${pick(NOUN)} ${n}`,
      kind: pick(KINDS), platform: pick(PLATFORMS), country: pick(COUNTRIES), topics: topics(),
      memberIds, memberCount: memberIds.length, movementIds: [],
    });
    for (const u of memberIds) U[u].communityIds.push(n);
  }

  const M = [null];
  for (let n = 1; n <= movements; n++) {
    const origin = pick(COUNTRIES);
    const supporterIds = sample(users, int(50, 500));
    const communityIds = sample(communities, int(2, 15));
    const mTopics = topics();
    M.push({
      __typename: 'Movement', id: toGlobalId('Movement', n), num: n,
      name: `${pick(ADJ)} ${mTopics[0]} movement ${n}`,
      hashtags: mTopics.map((t) => `#${t.replace(/-/g, '')}${n}`),
      topics: mTopics, originCountry: origin,
      countries: [origin, ...sample(COUNTRIES.length, int(0, 5)).map((i) => COUNTRIES[i - 1]).filter((c) => c !== origin)],
      supporterIds, supporterCount: supporterIds.length, communityIds,
    });
    for (const u of supporterIds) U[u].movementIds.push(n);
    for (const c of communityIds) C[c].movementIds.push(n);
  }
  return { users: U, communities: C, movements: M };
}
