import { LoadingRows } from '@/components/common/loading-rows';

export default function Loading() {
  return <LoadingRows />;
}
