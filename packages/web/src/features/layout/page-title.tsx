/** Lets a detail page name itself in the breadcrumbs (a round's or a unit's name). */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

const TitleContext = createContext<{
  title?: string | undefined;
  setTitle: (title: string | undefined) => void;
}>({
  setTitle: () => undefined,
});

/** Holds the current detail title. */
export function PageTitleProvider({ children }: { children: ReactNode }) {
  const [title, setTitle] = useState<string>();
  return <TitleContext.Provider value={{ title, setTitle }}>{children}</TitleContext.Provider>;
}

/** The current detail title. */
export function usePageTitleValue(): string | undefined {
  return useContext(TitleContext).title;
}

/** Sets the detail title while the calling page is shown. */
export function usePageTitle(title: string | undefined): void {
  const { setTitle } = useContext(TitleContext);
  useEffect(() => {
    setTitle(title);
    if (title !== undefined) document.title = `${title} · 考评`;
    return () => setTitle(undefined);
  }, [title, setTitle]);
}
