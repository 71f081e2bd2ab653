import {
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useWorkspace } from '../../app/workspace.js';
import { FormError } from '../../components/ui.js';
import { useDescribeError } from '../../lib/errors.js';
import { notifySuccess } from '../../lib/notify.js';
import { readAttachment } from './attachment.js';
import { useSaveExpense, useUploadAttachment, type BudgetLine, type Expense } from './budget.api.js';
import { useMoney } from './money.js';
import { today } from './months.js';

/** Records or edits an expense; a receipt chosen here is uploaded once the expense is saved. */
export function ExpenseModal({
  expense,
  lines,
  onClose,
}: {
  expense: Expense | null;
  lines: BudgetLine[];
  onClose: () => void;
}) {
  const { t } = useTranslation('budget');
  const { id: ws, workspace } = useWorkspace();
  const money = useMoney();
  const describe = useDescribeError();
  const save = useSaveExpense(ws);
  const upload = useUploadAttachment(ws);
  const [supplier, setSupplier] = useState(expense?.supplier ?? '');
  const [date, setDate] = useState(expense?.date ?? today(workspace.timeZone));
  const [amount, setAmount] = useState(expense ? money.toInput(expense.amount) : '');
  const [lineId, setLineId] = useState<string | null>(expense?.lineId ?? null);
  const [description, setDescription] = useState(expense?.description ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async () => {
    const errs: Record<string, string> = {};
    if (!supplier.trim()) errs.supplier = t('expenseForm.supplierRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errs.date = t('expenseForm.dateRequired');
    const minor = money.parse(amount);
    if (minor === null) errs.amount = t('amountInvalid', { digits: money.digits });
    let receipt: Awaited<ReturnType<typeof readAttachment>> | null = null;
    if (file) {
      try {
        receipt = await readAttachment(file);
      } catch (e) {
        errs.file = t(e instanceof Error ? e.message : 'expenses.badType');
      }
    }
    setErrors(errs);
    if (Object.keys(errs).length || minor === null) return;
    setFormError(null);
    try {
      const saved = await save.mutateAsync({
        id: expense?.id ?? null,
        input: { supplier: supplier.trim(), date, amount: minor, lineId, description },
      });
      if (receipt) await upload.mutateAsync({ id: saved.data.id, file: receipt });
      notifySuccess(t('expenseForm.saved'));
      onClose();
    } catch (e) {
      const f = e instanceof ApiError ? e.fields[0] : undefined;
      if (f && ['supplier', 'date', 'amount', 'lineId'].includes(f.field))
        setErrors({ [f.field]: f.message });
      else setFormError(describe(e));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={expense ? t('expenseForm.editTitle') : t('expenseForm.addTitle')}
      size="lg"
    >
      <Stack gap="md">
        <FormError message={formError} />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('expenses.supplier')}
            value={supplier}
            onChange={(e) => setSupplier(e.currentTarget.value)}
            error={errors.supplier}
            required
          />
          <TextInput
            type="date"
            label={t('expenses.date')}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.date}
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('expenseForm.amount', { currency: money.currency })}
            description={t('expenseForm.amountHint')}
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={errors.amount}
            inputMode="decimal"
            required
          />
          <Select
            label={t('expenses.line')}
            description={t('expenseForm.lineHint')}
            placeholder={t('expenseForm.noLine')}
            data={lines.map((l) => ({ value: l.id, label: `${l.label} · ${l.month}` }))}
            value={lineId}
            onChange={setLineId}
            error={errors.lineId}
            searchable
            clearable
          />
        </SimpleGrid>
        <Textarea
          label={t('expenseForm.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {!expense?.attachment && (
          <FileInput
            label={t('expenseForm.receipt')}
            description={t('expenseForm.receiptHint')}
            placeholder={t('expenseForm.chooseReceipt')}
            accept="application/pdf,image/png,image/jpeg,image/webp"
            value={file}
            onChange={setFile}
            error={errors.file}
            clearable
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={save.isPending || upload.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
