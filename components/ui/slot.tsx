import * as React from 'react';

type AnyProps = Record<string, unknown>;

function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...childProps };
  for (const name in childProps) {
    const slotValue = slotProps[name];
    const childValue = childProps[name];
    if (/^on[A-Z]/.test(name)) {
      if (typeof slotValue === 'function' && typeof childValue === 'function') {
        merged[name] = (...args: unknown[]) => {
          const result = childValue(...args);
          slotValue(...args);
          return result;
        };
      } else if (slotValue) merged[name] = slotValue;
    } else if (name === 'style') merged[name] = { ...(slotValue as object), ...(childValue as object) };
    else if (name === 'className') merged[name] = [slotValue, childValue].filter(Boolean).join(' ');
  }
  return { ...slotProps, ...merged };
}

function composeRefs<T>(...refs: (React.Ref<T> | undefined)[]): React.RefCallback<T> {
  return (node) => {
    const cleanups = refs.map((ref) => {
      if (typeof ref === 'function') return ref(node);
      if (ref) (ref as React.RefObject<T | null>).current = node;
      return undefined;
    });
    if (cleanups.some((cleanup) => typeof cleanup === 'function')) {
      return () => {
        cleanups.forEach((cleanup, index) => {
          const ref = refs[index];
          if (typeof cleanup === 'function') cleanup();
          else if (typeof ref === 'function') ref(null);
          else if (ref) (ref as React.RefObject<T | null>).current = null;
        });
      };
    }
  };
}

/**
 * Renders its only child with the Slot's props merged in (handlers both run, the child's first;
 * classNames joined; styles merged; refs composed): Radix Slot's behaviour for `asChild`, in a few
 * lines instead of @radix-ui/react-slot on every page.
 */
export function Slot({ children, ref, ...slotProps }: React.HTMLAttributes<HTMLElement> & { children?: React.ReactNode; ref?: React.Ref<HTMLElement> }) {
  const child = React.Children.only(children);
  if (!React.isValidElement<AnyProps>(child)) return null;
  const childRef = child.props.ref as React.Ref<HTMLElement> | undefined;
  return React.cloneElement(child, {
    ...mergeProps(slotProps as AnyProps, child.props),
    ref: ref ? composeRefs(ref, childRef) : childRef,
  });
}
