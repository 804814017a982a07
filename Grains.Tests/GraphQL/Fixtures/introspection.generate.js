// Regenerates the introspection fixtures from graphql-js 16.15.0:
//   node Grains.Tests/GraphQL/Fixtures/introspection.generate.js   (from the repository root)
// Writes the full introspection query (introspection-query.graphql) (getIntrospectionQuery with every option the September
// 2025 spec supports) and graphql-js's answer to it for each SDL fixture, built with buildSchema.
// graphql-js 16.15 also has an experimental directive deprecation that the spec does not; the
// few places where it shows in the answer are taken out below, and nothing else is changed.
const fs = require('fs');
const path = require('path');
const { graphqlSync, buildSchema, getIntrospectionQuery } = require(path.resolve('.ci/graphql/node_modules/graphql'));

const folder = __dirname;
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
fs.writeFileSync(path.join(folder, 'introspection-query.graphql'), query);

function withoutDirectiveDeprecation(result) {
  for (const type of result.data.__schema.types) {
    if (type.name === '__Schema') {
      type.fields.find((f) => f.name === 'directives').args = [];
    }
    if (type.name === '__Directive') {
      type.fields = type.fields.filter((f) => f.name !== 'isDeprecated' && f.name !== 'deprecationReason');
    }
    if (type.name === '__DirectiveLocation') {
      type.enumValues = type.enumValues.filter((v) => v.name !== 'DIRECTIVE_DEFINITION');
    }
  }
  for (const directive of result.data.__schema.directives) {
    directive.locations = directive.locations.filter((l) => l !== 'DIRECTIVE_DEFINITION');
  }
  return result;
}

for (const name of ['schema-core', 'kitchen-sink']) {
  const schema = buildSchema(fs.readFileSync(path.join(folder, name + '.graphql'), 'utf8'));
  const result = graphqlSync({ schema, source: query });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  fs.writeFileSync(path.join(folder, name + '.introspection.json'), JSON.stringify(withoutDirectiveDeprecation(result), null, 2) + '\n');
}
