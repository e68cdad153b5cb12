/// <reference types="vite/client" />

// Cytoscape extensions without typings: each is a function handed to cytoscape.use().
declare module 'cytoscape-fcose' {
  import type cytoscape from 'cytoscape';

  const extension: cytoscape.Ext;
  export default extension;
}
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const extension: cytoscape.Ext;
  export default extension;
}
