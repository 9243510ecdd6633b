// The DeskApi method name of each folder channel (./folder-channels), spread into ./desk-api. Kept apart
// from the channels so the preload, which builds window.desk from these names, does not bundle zod.
export const folderMethods = {
  listFolder: 'folder:list',
  showInFolder: 'folder:show-item',
} as const;
