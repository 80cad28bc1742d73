import { useEffect, useState } from 'react';
import { mayHaveStoredData } from '../../db/stored-data';

/**
 * Whether this browser may hold assessments (undefined while checking). Checked again
 * when the tab is shown, as another tab may have started the first assessment.
 */
export function useMayHaveStoredData(): boolean | undefined {
  const [result, setResult] = useState<boolean>();
  useEffect(() => {
    let active = true;
    const check = () => {
      void mayHaveStoredData().then((value) => {
        if (active) setResult((previous) => previous || value);
      });
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') check();
    };
    check();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);
  return result;
}
