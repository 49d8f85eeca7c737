// Projects: the viewer's list, one project, and create/update/delete.

import { DEFAULT_BUDGET } from "@baton/engine";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.ts";
import { newId } from "../db.ts";
import { badInput, notFound } from "../errors.ts";
import { checkPageArgs, requiredText, text } from "../validation.ts";

// Below this a prompt cannot hold a useful handoff; above it, it stops being a first message people paste.
const MIN_BUDGET = 300;
const MAX_BUDGET = 16_000;

function handoffBudget(value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < MIN_BUDGET || value > MAX_BUDGET) {
    throw badInput(`handoffBudget must be a whole number from ${MIN_BUDGET} to ${MAX_BUDGET}`, "handoffBudget");
  }
  return value;
}

export const ProjectStatus = builder.enumType("ProjectStatus", {
  values: ["ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED"] as const,
});

export const Project = builder.prismaNode("Project", {
  id: { field: "id" },
  // A node the viewer may not see resolves to null rather than an error that would reveal it exists.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ownerId: ctx.viewer?.id ?? "" }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    status: t.expose("status", { type: ProjectStatus }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    handoffBudget: t.int({
      description: "Token budget of the master prompt (Llama 3 tokens).",
      select: { handoffBudget: true },
      resolve: (p) => p.handoffBudget ?? DEFAULT_BUDGET,
    }),
    sessions: t.relatedConnection(
      "sessions",
      {
        cursor: "id",
        totalCount: true,
        query: (args) => {
          checkPageArgs(args);
          return { orderBy: { number: "asc" } };
        },
      },
      { name: "SessionConnection" },
      { name: "SessionEdge" },
    ),
    sessionCount: t.relationCount("sessions"),
    activeSession: t.prismaField({
      type: "Session",
      nullable: true,
      description: "The newest session still ACTIVE, if any.",
      resolve: (query, project, _args, ctx) =>
        ctx.db.session.findFirst({
          ...query,
          where: { projectId: project.id, status: "ACTIVE" },
          orderBy: { number: "desc" },
        }),
    }),
  }),
});

const CreateProjectInput = builder.inputType("CreateProjectInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    handoffBudget: t.int({ description: `Master prompt budget, ${MIN_BUDGET}–${MAX_BUDGET} tokens.` }),
  }),
});
const UpdateProjectInput = builder.inputType("UpdateProjectInput", {
  fields: (t) => ({
    id: t.globalID({ required: true, for: Project }),
    name: t.string(),
    description: t.string(),
    status: t.field({ type: ProjectStatus }),
    handoffBudget: t.int({ description: `Master prompt budget, ${MIN_BUDGET}–${MAX_BUDGET} tokens.` }),
  }),
});
const ProjectPayload = builder.objectRef<{ projectId: string }>("ProjectPayload").implement({
  fields: (t) => ({
    project: t.prismaField({
      type: "Project",
      resolve: (query, parent, _args, ctx) =>
        ctx.db.project.findUniqueOrThrow({ ...query, where: { id: parent.projectId } }),
    }),
  }),
});

builder.queryFields((t) => ({
  projects: t.prismaConnection(
    {
      type: "Project",
      cursor: "id",
      args: { status: t.arg({ type: ProjectStatus }) },
      description: "The viewer's projects, most recently active first.",
      totalCount: (_parent, args, ctx) => {
        // Also checked here: a selection of only totalCount never reaches `resolve`.
        checkPageArgs(args);
        return ctx.db.project.count({ where: { ownerId: ctx.requireViewer().id, status: args.status ?? undefined } });
      },
      resolve: (query, _root, args, ctx) => {
        checkPageArgs(args);
        return ctx.db.project.findMany({
          ...query,
          where: { ownerId: ctx.requireViewer().id, status: args.status ?? undefined },
          orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        });
      },
    },
    { name: "ProjectConnection" },
    { name: "ProjectEdge" },
  ),
  project: t.prismaField({
    type: "Project",
    nullable: true,
    args: { id: t.arg.globalID({ required: true, for: Project }) },
    resolve: (query, _root, { id }, ctx) =>
      ctx.db.project.findFirst({ ...query, where: { id: id.id, ownerId: ctx.requireViewer().id } }),
  }),
}));

builder.mutationFields((t) => ({
  createProject: t.field({
    type: ProjectPayload,
    args: { input: t.arg({ type: CreateProjectInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const project = await ctx.db.project.create({
        data: {
          id: newId(),
          ownerId: ctx.requireViewer().id,
          name: requiredText(input.name, "name", 200),
          description: text(input.description, "description", { max: 10_000 }) || null,
          handoffBudget: handoffBudget(input.handoffBudget),
        },
      });
      return { projectId: project.id };
    },
  }),
  updateProject: t.field({
    type: ProjectPayload,
    args: { input: t.arg({ type: UpdateProjectInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { count } = await ctx.db.project.updateMany({
        where: { id: input.id.id, ownerId: ctx.requireViewer().id },
        data: {
          name: input.name == null ? undefined : requiredText(input.name, "name", 200),
          description:
            input.description === undefined
              ? undefined
              : text(input.description, "description", { max: 10_000 }) || null,
          status: input.status ?? undefined,
          handoffBudget: input.handoffBudget == null ? undefined : handoffBudget(input.handoffBudget),
          updatedAt: new Date(),
        },
      });
      if (count === 0) throw notFound("Project");
      return { projectId: input.id.id };
    },
  }),
  deleteProject: t.field({
    type: "ID",
    description: "Deletes the project with its sessions, messages and handoffs; returns the deleted id.",
    args: { id: t.arg.globalID({ required: true, for: Project }) },
    resolve: async (_root, { id }, ctx) => {
      const { count } = await ctx.db.project.deleteMany({ where: { id: id.id, ownerId: ctx.requireViewer().id } });
      if (count === 0) throw notFound("Project");
      return encodeGlobalID("Project", id.id);
    },
  }),
}));
