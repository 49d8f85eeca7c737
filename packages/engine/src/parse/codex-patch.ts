// Codex edits files with one apply_patch call that may touch several files:
//   *** Begin Patch / *** Add File: p (+lines) / *** Update File: p [*** Move to: q] (@@, -old, +new, context)
//   / *** Delete File: p / *** End Patch
// Each file becomes a tool message of its own, written as other agents' edit tools are read: the created
// file's content, or an edit's removed and added lines, so the names an edit adds are found the same way.

const FILE_HEADER = /^\*\*\* (Add|Update|Delete) File: (.+?)\s*$/;
const MOVE_TO = /^\*\*\* Move to: (.+?)\s*$/;

interface FilePatch {
  action: "Add" | "Update" | "Delete";
  path: string;
  movedTo?: string;
  removed: string[];
  added: string[];
}

function filePatches(patch: string): FilePatch[] {
  const files: FilePatch[] = [];
  let current: FilePatch | null = null;
  for (const line of patch.split("\n")) {
    const header = FILE_HEADER.exec(line);
    if (header) {
      current = { action: header[1] as FilePatch["action"], path: header[2] ?? "", removed: [], added: [] };
      files.push(current);
      continue;
    }
    if (!current || line.startsWith("*** ")) {
      const moved = MOVE_TO.exec(line);
      if (current && moved) current.movedTo = moved[1];
      continue;
    }
    if (line.startsWith("+")) current.added.push(line.slice(1));
    else if (line.startsWith("-")) current.removed.push(line.slice(1));
  }
  return files.filter((file) => file.path !== "");
}

const field = (path: string) => `- filePath: \`${path}\``;

/** One tool message per file the patch touches; none when the text is no apply_patch patch. */
export function patchEdits(patch: string): string[] {
  const out: string[] = [];
  for (const file of filePatches(patch)) {
    if (file.action === "Delete") {
      out.push(`Tool use: delete_file\n${field(file.path)}`);
    } else if (file.action === "Add") {
      out.push(`Tool use: create_file\n${field(file.path)}\n- content:\n${file.added.join("\n")}`);
    } else {
      const target = file.movedTo ?? file.path;
      if (file.movedTo) out.push(`Tool use: delete_file\n${field(file.path)}`);
      const old = file.removed.length > 0 ? `\n- old_string:\n${file.removed.join("\n")}` : "";
      out.push(`Tool use: apply_patch\n${field(target)}${old}\n- new_string:\n${file.added.join("\n")}`);
    }
  }
  return out;
}
