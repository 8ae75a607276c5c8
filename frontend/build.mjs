// Bundles src/index.ts into ../tb_landscape/static/index.js: one minified ES module.
//
// The output must be byte-for-byte reproducible (CI rebuilds it and compares with the
// shipped file): esbuild is pinned, no timestamps or absolute paths go in, and the
// licence header is built from the bundled packages in sorted order.
//
//   node build.mjs            write the bundle
//   node build.mjs --check    exit 1 if the shipped bundle differs from a fresh build

import * as esbuild from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, "..", "tb_landscape", "static", "index.js");

const result = await esbuild.build({
  absWorkingDir: here,
  entryPoints: ["src/index.ts"],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: ["es2020"],
  minify: true,
  sourcemap: false,
  legalComments: "none", // replaced by the header below
  charset: "utf8",
  metafile: true,
  write: false,
  logLevel: "warning",
});

/**
 * The npm packages that ended up in the bundle, with their copyright line and the rest of
 * their LICENSE file (whitespace collapsed).
 */
function bundledPackages(metafile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) names.add(m[1]);
  }
  return [...names].sort().map((name) => {
    const dir = join(here, "node_modules", name);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const lines = readFileSync(join(dir, "LICENSE"), "utf8").split("\n");
    const at = lines.findIndex((l) => /copyright/i.test(l));
    return {
      name,
      version: pkg.version,
      license: pkg.license,
      copyright: lines[at].trim(),
      terms: lines.slice(at + 1).join(" ").replace(/\s+/g, " ").trim(),
    };
  });
}

// The header: every bundled package with its copyright line, then each distinct licence
// text once (all of d3 shares one ISC text).
const packages = bundledPackages(result.metafile);
const terms = [...new Set(packages.map((p) => p.terms))];
const header =
  "/*! tb-landscape frontend: the Landscape tab (generated from frontend/src by frontend/build.mjs; do not edit).\n" +
  " * Bundled packages:\n" +
  packages
    .map((p) => ` *   ${p.name}@${p.version} (${p.license}, terms ${terms.indexOf(p.terms) + 1}): ${p.copyright}\n`)
    .join("") +
  terms.map((t, i) => ` * Terms ${i + 1}: ${t.replaceAll("*/", "* /")}\n`).join("") +
  " */\n";

const [out] = result.outputFiles;
const bundle = header + out.text;

if (process.argv.includes("--check")) {
  let shipped = "";
  try {
    shipped = readFileSync(outfile, "utf8");
  } catch {
    // missing: differs
  }
  if (shipped !== bundle) {
    console.error(`${outfile} is out of date: run \`npm run build\` in frontend/`);
    process.exit(1);
  }
  console.log(`${outfile} is up to date`);
} else {
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, bundle);
  console.log(`wrote ${outfile} (${bundle.length} bytes, ${packages.length} packages bundled)`);
}
