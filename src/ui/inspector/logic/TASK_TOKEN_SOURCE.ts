/** The path of a waitForCallback task's token (REFERENCE §3.5, §6.5). */
export const TASK_TOKEN_SOURCE = '$context.task.token'
