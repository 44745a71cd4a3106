import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { DOC_EXPLORER_PLUGIN } from '@graphiql/react';
import 'graphiql/graphiql.css';
import { examples } from './examples.js';

// Same origin as the page: the IDE talks to the API that served it.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.href).href });

createRoot(document.getElementById('ide')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs: examples,
    visiblePlugin: DOC_EXPLORER_PLUGIN,
    defaultEditorToolsVisibility: true,
    // Keys typed into the headers editor stay in this tab, never in localStorage.
    shouldPersistHeaders: false,
  }),
);
