import { useQuery, useQueryClient } from '@tanstack/react-query';
import { melding } from '../data/queries.ts';

/**
 * A notice for the whole dashboard, until the user closes it: another tab chose another data
 * package (this tab follows), or the browser's storage could not be read.
 */
export function Dashboardmelding() {
  const client = useQueryClient();
  const { data } = useQuery(melding());
  if (!data) return null;
  return (
    <div className="signaal melding-pakket" role="status">
      <p>{data}</p>
      <button type="button" className="knop-klein" onClick={() => client.setQueryData(melding().queryKey, null)}>
        Sluiten
      </button>
    </div>
  );
}
