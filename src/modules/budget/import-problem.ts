import { AppError } from '../../app/errors.js';
import { CsvProblem } from './csv.js';

/** Runs a CSV parse and turns a CsvProblem into a 400 problem naming the row and column (`file` is the field). */
export function parseOrProblem<T>(parse: () => T, field = 'csv'): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof CsvProblem)) throw e;
    const where = e.column ? `row ${e.row}, column "${e.column}"` : `row ${e.row}`;
    throw new AppError(400, 'invalid_csv', `${where}: ${e.message}. Nothing was imported.`, field, {
      row: e.row,
      column: e.column,
    });
  }
}
