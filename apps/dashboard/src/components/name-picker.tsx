import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type DirectoryKind, directoryQuery } from '../lib/directory-api';
import { completeWith, splitTyping } from '../lib/name-list';

type Props = Omit<AutocompleteProps, 'data' | 'value'> & {
  kind: DirectoryKind;
  /** What is typed; a form's field may hand it in as undefined before it is set. */
  value?: string;
  /** A comma-separated list (services): the part after the last comma is what is looked up. */
  multiple?: boolean;
};

/**
 * A person, team or service typed with suggestions from the directory (names the reports use and
 * people the system knows). Anything may still be typed: a new service is a real possibility.
 */
export const NamePicker = ({ kind, value = '', multiple = false, ...props }: Props) => {
  const { chosen, typing } = multiple ? splitTyping(value) : { chosen: [], typing: value.trim() };
  const [looked] = useDebouncedValue(typing, 150);
  // Suggestions are asked for once the field is used, not by every page that shows one.
  const [used, setUsed] = useState(false);
  const names = useQuery({ ...directoryQuery(kind, looked), enabled: used });
  const options = (names.data?.items ?? []).flatMap((item) => completeWith(chosen, item.name) ?? []);
  // The directory already matched any part of the name in any case; filtering again would hide
  // completions of a list, whose text the option only starts with.
  return (
    <Autocomplete
      autoComplete="off"
      {...props}
      onFocus={(event) => {
        setUsed(true);
        props.onFocus?.(event);
      }}
      value={value}
      data={[...new Set(options)]}
      filter={({ options: all }) => all}
    />
  );
};
