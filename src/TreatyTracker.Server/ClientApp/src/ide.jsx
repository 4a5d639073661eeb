// GraphiQL against this server's /graphql, with the schema docs explorer and an example a journalist would run.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const example = `# Is Poland still bound by the Ottawa Convention, and from which day is its withdrawal effective?
# Press the run button (or Ctrl-Enter). The Docs panel lists every type and field.
query PolandOttawa {
  participation(treaty: "Ottawa Convention", country: "Poland") {
    status
    withdrawal {
      announced
      notifiedOn
      effectiveOn
      effectiveOnConfirmed
      basis
    }
  }
  dataset { version }
}
`;

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });
createRoot(document.getElementById('graphiql')).render(
  // inputValueDeprecation off: GraphQL.NET 8 has no includeDeprecated argument on __Directive.args.
  <GraphiQL fetcher={fetcher} defaultQuery={example} isHeadersEditorEnabled={false} shouldPersistHeaders={false}
    inputValueDeprecation={false} schemaDescription />,
);
