/**
 * The architecture rule of DEVELOPERS.md: domain/ holds pure rules and imports nothing from the server, the
 * database or the UI; api/ (the shared schemas) imports neither server nor web; web/ never imports server/.
 * e2e/fixtures/forbidden-import proves the check can fail (see server/architecture.test.ts).
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      severity: 'error',
      from: { path: '^domain/' },
      to: {
        path: [
          '^server/',
          '^web/',
          '^api/',
          'node_modules/(fastify|@fastify|pg|@electric-sql|drizzle-orm|react|react-dom|design-react-kit|bootstrap-italia|exceljs|pdfmake|nodemailer)/',
        ],
      },
    },
    {
      name: 'api-schemas-are-shared',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: ['^server/', '^web/'] },
    },
    {
      name: 'web-does-not-import-server',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^server/'] },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: ['^web/'] },
    },
    {
      name: 'no-bootstrap-italia-in-node',
      comment: "bootstrap-italia's JS sets NODE_ENV=production when imported in Node (stack notes)",
      severity: 'error',
      from: { path: '^(server|domain|api)/' },
      to: { path: 'node_modules/bootstrap-italia/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
