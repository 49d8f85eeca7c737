// Every domain registers its types on the builder when imported; order matters only for references.
import "./user.ts";
import "./project.ts";
import "./session.ts";
import "./message.ts";
import "./handoff.ts";
import "./handoff-run.ts";
import "./settings.ts";
import "./knowledge.ts";
import "./search.ts";
import "./lineage.ts";
import "./account.ts";
import "./files.ts";
import "./growth.ts";
import "./stats.ts";
import "./knowledge-mutations.ts";
