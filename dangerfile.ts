// Runs on pull requests (`danger ci`) and locally (`danger local`). It grows with the
// benchmark: see benchmarks/src/compare for the smoke-suite comparison it posts.
import { danger, warn } from "danger";

const touchedPackages = danger.git.modified_files.some((file) => /^(packages|benchmarks)\/[^/]+\/src\//.test(file) || file.startsWith("benchmarks/src/"));
const hasChangeset = [...danger.git.created_files, ...danger.git.modified_files].some(
  (file) => file.startsWith(".changeset/") && file.endsWith(".md") && !file.endsWith("README.md"),
);
if (touchedPackages && !hasChangeset) {
  warn("Package sources changed but no changeset was added: run `pnpm changeset`.");
}
