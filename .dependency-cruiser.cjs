/**
 * Module boundaries of kaoping, checked by dependency-cruiser in `npm run lint`
 * (docs/server-conventions.md "Boundaries"). Each rule's comment is the message a violation
 * prints: it says what to do instead.
 */
const server = "^packages/server/src/";
const modules = `${server}modules/`;
const tests = "(\\.test\\.ts$|/testing/)";

module.exports = {
  forbidden: [
    {
      name: "no-foreign-repository",
      severity: "error",
      comment:
        "A module's repository is private to its module. Call the other module's service (or its " +
        "index.ts), or the workflow core (modules/workflow/) for rounds, units, reach, state, " +
        "editability and facts writes; if no service function does what you need, add one there.",
      from: { path: `${modules}([^/]+)/`, pathNot: tests },
      to: { path: `${modules}([^/]+)/repository\\.ts$`, pathNot: `${modules}$1/` },
    },
    {
      name: "no-repository-outside-modules",
      severity: "error",
      comment:
        "Code outside modules/ (cli, office, http, authz…) uses a module through its service, " +
        "never its repository: add or use a service function of that module.",
      from: { path: server, pathNot: [`${modules}`, tests] },
      to: { path: `${modules}[^/]+/repository\\.ts$` },
    },
    {
      name: "no-module-cycles",
      severity: "error",
      comment:
        "Modules must not depend on each other both ways. Move what both need into the module " +
        "lower down (often modules/workflow/), or pass it in as a parameter.",
      scope: "folder",
      from: { path: `${modules}[^/]+` },
      to: { path: `${modules}[^/]+`, circular: true },
    },
    {
      name: "engine-public-api-only",
      severity: "error",
      comment:
        'Use the engine only through its public API: import from "@kaoping/engine" (export what ' +
        "you need from packages/engine/src/index.ts), never a file inside the engine package.",
      from: { path: "^packages/(server|web)/" },
      to: {
        path: "^packages/engine/",
        pathNot: "^packages/engine/(src|dist)/index\\.(ts|js|d\\.ts)$",
      },
    },
    {
      name: "engine-is-pure",
      severity: "error",
      comment:
        "The engine is pure (no I/O, no server, no web): it must not import the server or web " +
        "packages; move the code that needs them out of the engine.",
      from: { path: "^packages/engine/src/" },
      to: { path: "^packages/(server|web)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: {
      path: [
        "(^|/)(dist|node_modules)/",
        "\\.test\\.tsx?$",
        "^packages/server/src/testing/",
        "^packages/web/e2e/",
      ],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.tests.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".d.ts"],
    },
  },
};
