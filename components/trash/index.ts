export { RevisionHistory, type RevisionHistoryProps } from './RevisionHistory.tsx';
export { TrashView } from './TrashView.tsx';
