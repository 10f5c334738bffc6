/**
 * Lets a file be dropped anywhere on an element. An attachment rather than
 * event attributes: the element is not a control; the file input inside it is.
 */
import type { Attachment } from 'svelte/attachments';

export function dropZone(onfile: (file: File) => void): Attachment<HTMLElement> {
	return (el) => {
		const over = (e: DragEvent) => {
			if (!e.dataTransfer?.types.includes('Files')) return;
			e.preventDefault();
			el.classList.add('over');
		};
		const leave = () => el.classList.remove('over');
		const drop = (e: DragEvent) => {
			const file = e.dataTransfer?.files[0];
			leave();
			if (!file) return;
			e.preventDefault();
			onfile(file);
		};
		el.addEventListener('dragover', over);
		el.addEventListener('dragleave', leave);
		el.addEventListener('drop', drop);
		return () => {
			el.removeEventListener('dragover', over);
			el.removeEventListener('dragleave', leave);
			el.removeEventListener('drop', drop);
		};
	};
}
