// Builds the executable schema: the SDL of schema-core.graphql as is, plus
// resolvers over the generated data. Every field that is not wired below
// resolves to a GraphQL error "<Type>.<field> is not implemented in the peer"
// (extensions.code NOT_IMPLEMENTED), so a query that strays outside what the
// benchmarks need fails loudly instead of returning made-up nulls.

import { buildSchema, GraphQLError, isObjectType } from 'graphql';
import { fromGlobalId } from './data.mjs';

// Relay cursors are opaque to clients: base64 of "cursor:<offset in the list>".
const toCursor = (offset) => Buffer.from(`cursor:${offset}`).toString('base64');
function fromCursor(cursor) {
  const m = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw new GraphQLError(`Invalid cursor: ${cursor}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return Number(m[1]);
}

const DEFAULT_FIRST = 20;
const MAX_FIRST = 100;

/** A forward-only Relay connection over a list of numeric ids resolved through byId. */
function connection(ids, byId, { first, after }) {
  if (first != null && (first < 0 || first > MAX_FIRST)) {
    throw new GraphQLError(`first must be between 0 and ${MAX_FIRST}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const start = after == null ? 0 : fromCursor(after) + 1;
  const end = Math.min(ids.length, start + (first ?? DEFAULT_FIRST));
  const edges = [];
  for (let i = start; i < end; i++) edges.push({ cursor: toCursor(i), node: byId[ids[i]] });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount: ids.length,
    pageInfo: {
      hasNextPage: end < ids.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}

/** Unknown types, unknown numbers and undecodable ids all resolve to null, as Relay's node does. */
function lookup(data, id) {
  const g = fromGlobalId(id);
  const table = g && { User: data.users, Community: data.communities, Movement: data.movements }[g.type];
  return (table && table[g.num]) ?? null;
}

/** Listing with the optional country/topic filters of Query.users/communities/movements. */
function listing(table, countryField) {
  return (_root, args) => {
    const ids = [];
    for (let n = 1; n < table.length; n++) {
      const e = table[n];
      if (args.country != null && e[countryField] !== args.country) continue;
      if (args.topic != null && !e.topics.includes(args.topic)) continue;
      ids.push(n);
    }
    return connection(ids, table, args);
  };
}

// `null` means "graphql-js' default resolver": read the property of the same name.
function resolverMap(data) {
  const { users: U, communities: C, movements: M } = data;
  const plain = (...names) => Object.fromEntries(names.map((n) => [n, null]));
  const conn = (...names) => Object.fromEntries(names.map((n) => [n, plain('edges', 'nodes', 'pageInfo', 'totalCount')]));
  return {
    Query: {
      node: (_root, { id }) => lookup(data, id),
      nodes: (_root, { ids }) => ids.map((id) => lookup(data, id)),
      users: listing(U, 'country'),
      communities: listing(C, 'country'),
      movements: listing(M, 'originCountry'),
    },
    User: {
      ...plain('id', 'handle', 'displayName', 'country', 'topics', 'leaning', 'createdAt'),
      following: (u, args) => connection(u.followingIds, U, args),
      followers: (u, args) => connection(u.followerIds, U, args),
      communities: (u, args) => connection(u.communityIds, C, args),
      movements: (u, args) => connection(u.movementIds, M, args),
    },
    Community: {
      ...plain('id', 'name', 'kind', 'platform', 'country', 'topics', 'memberCount'),
      members: (c, args) => connection(c.memberIds, U, args),
      movements: (c, args) => connection(c.movementIds, M, args),
    },
    Movement: {
      ...plain('id', 'name', 'hashtags', 'topics', 'originCountry', 'countries', 'supporterCount'),
      supporters: (m, args) => connection(m.supporterIds, U, args),
      communities: (m, args) => connection(m.communityIds, C, args),
    },
    ...conn('UserConnection', 'CommunityConnection', 'MovementConnection'),
    UserEdge: plain('cursor', 'node'),
    CommunityEdge: plain('cursor', 'node'),
    MovementEdge: plain('cursor', 'node'),
    PageInfo: plain('hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'),
  };
}

function notImplemented(coordinate) {
  return () => {
    throw new GraphQLError(`${coordinate} is not implemented in the peer`, { extensions: { code: 'NOT_IMPLEMENTED' } });
  };
}

export function makeSchema(sdl, data) {
  const schema = buildSchema(sdl);
  const map = resolverMap(data);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const own = map[type.name];
      if (own && Object.hasOwn(own, field.name)) field.resolve = own[field.name] ?? undefined;
      else field.resolve = notImplemented(`${type.name}.${field.name}`);
    }
  }
  // Data objects carry __typename, which is how Node and Actor find their concrete type.
  schema.getType('Node').resolveType = (obj) => obj.__typename;
  schema.getType('Actor').resolveType = (obj) => obj.__typename;
  return schema;
}
