import { notifications } from '@mantine/notifications';

/** A short confirmation that a change was saved. */
export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'teal', autoClose: 4000 });
}

/** A change that failed outside a form (a row action, a toggle). */
export function notifyError(message: string): void {
  notifications.show({ message, color: 'red', autoClose: 8000 });
}
