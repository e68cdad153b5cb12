import { useI18n } from '../../i18n/use-i18n';
import { ActionDialog } from './ActionDialog';
import { AddObservationForm } from './AddObservationForm';
import { RetractForm } from './RetractForm';

/** The two actions every fact's row has, a role's and a relation's alike: a new source for it, and taking it back. */
export function FactSourceActions({
  fact,
  version,
  description,
}: {
  fact: string;
  version: number;
  description: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <ActionDialog
        label={t('observationForm.button')}
        name={t('observationForm.buttonNamed', { fact: description })}
        title={t('observationForm.title')}
      >
        <AddObservationForm fact={fact} description={description} />
      </ActionDialog>
      <ActionDialog
        label={t('retractForm.button')}
        name={t('retractForm.buttonNamed', { fact: description })}
        title={t('retractForm.title')}
      >
        <RetractForm fact={fact} version={version} description={description} />
      </ActionDialog>
    </>
  );
}
