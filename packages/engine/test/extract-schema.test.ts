import { describe, expect, it } from "vitest";
import { schemaCandidates } from "../src/extract/schema.ts";
import { chat, tool } from "./helpers.ts";

const texts = (messages: ReturnType<typeof chat>) => schemaCandidates(messages).map((c) => c.text);

describe("schemaCandidates", () => {
  it("lists the columns an Ecto migration creates, without ids and timestamps", () => {
    const migration = [
      "Tool use: create_file",
      "- filePath: `priv/repo/migrations/20240101_create_rooms.exs`",
      "- content:",
      "defmodule Inn.Repo.Migrations.CreateRooms do",
      "  def change do",
      "    create table(:rooms, primary_key: false) do",
      "      add :id, :binary_id, primary_key: true",
      "      add :label, :string, null: false",
      "      add :beds, :integer",
      "      timestamps()",
      "    end",
      "  end",
      "end",
    ].join("\n");
    expect(texts(chat(tool(migration)))).toEqual(["Table `rooms`: label, beds"]);
  });

  it("reads what an alteration adds and drops, not what its rollback restores", () => {
    const migration = [
      "Write(db/migrate/20240102_change_rooms.rb)",
      "class ChangeRooms < ActiveRecord::Migration[7.1]",
      "  def up",
      "    change_table :rooms do |t|",
      "      t.string :floor",
      "    end",
      "    remove_column :rooms, :beds",
      "  end",
      "  def down",
      "    change_table :rooms do |t|",
      "      t.integer :legacy_code",
      "    end",
      "  end",
      "end",
    ].join("\n");
    expect(texts(chat(tool(migration)))).toEqual(["Table `rooms`: gains floor; drops beds"]);
  });

  it("reads SQL and Alembic migrations, and ignores tables in ordinary code", () => {
    const sql =
      "Write(migrations/001_init.sql)\nCREATE TABLE invoices (\n  id SERIAL PRIMARY KEY,\n  total NUMERIC NOT NULL,\n  paid_at TIMESTAMP\n);";
    const alembic =
      'Write(alembic/versions/ab12_add_notes.py)\nop.create_table("notes", sa.Column("id", sa.Integer), sa.Column("body", sa.Text))';
    const code = "Write(src/report.py)\nrows = db.execute('CREATE TABLE tmp (x INT)')";
    expect(texts(chat(tool(sql), tool(alembic), tool(code)))).toEqual([
      "Table `invoices`: total, paid_at",
      "Table `notes`: body",
    ]);
  });
});
