import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../generated';
import { AttendanceStatus } from '../../generated/graphql';
import { useI18n } from '../../i18n/use-i18n';
import { EditError } from '../edits/EditError';
import { SelectField } from '../edits/SelectField';
import { TextField } from '../edits/TextField';

const EditProposal = graphql(`
  mutation EditProposal($proposal: ID!, $title: String, $attendance: AttendanceStatus, $date: Date) {
    editProposal(proposal: $proposal, title: $title, attendance: $attendance, date: $date) {
      id
    }
  }
`);

type Attendance = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];

/** Corrects what an open proposal says (editProposal): the title, the attendance or the date it proposes. */
export function ProposalEditForm({
  proposal,
  onDone,
  onCancel,
}: {
  proposal: { id: string; title?: string | null; attendance?: Attendance | null; date?: string | null };
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(proposal.title ?? '');
  const [attendance, setAttendance] = useState<string>(proposal.attendance ?? '');
  const [date, setDate] = useState(proposal.date ?? '');
  const [result, edit] = useMutation(EditProposal);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await edit(
      {
        proposal: proposal.id,
        title: proposal.title !== undefined && proposal.title !== null ? title.trim() : null,
        attendance: attendance ? (attendance as Attendance) : null,
        date: date || null,
      },
      { additionalTypenames: ['Proposal'] },
    );
    if (done.data) onDone();
  };
  return (
    <form className="edit-form proposal-edit" onSubmit={(event) => void submit(event)}>
      {proposal.title !== null && proposal.title !== undefined && (
        <TextField label={t('proposals.editTitle')} value={title} onChange={setTitle} />
      )}
      {proposal.attendance !== null && proposal.attendance !== undefined && (
        <SelectField
          label={t('proposals.editAttendance')}
          value={attendance as Attendance}
          onChange={setAttendance}
          options={Object.values(AttendanceStatus).map((value) => [value, t(`attendance.${value}`)] as const)}
        />
      )}
      {proposal.date !== null && proposal.date !== undefined && (
        <TextField label={t('proposals.editDate')} type="date" value={date} onChange={setDate} />
      )}
      <EditError error={result.error} />
      <div className="review-buttons">
        <button type="submit" disabled={result.fetching}>
          {t('proposals.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('proposals.cancel')}
        </button>
      </div>
    </form>
  );
}
