import { runTask, type Task, type TaskResult } from "./task.ts";

/** Worker entry of the `--jobs N` pool: parses one batch and returns the JSON text to write. */
export default function parseBatch(task: Task): TaskResult {
  return runTask(task);
}
